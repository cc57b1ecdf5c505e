/* global Excel */
import type { CellRange, CellValue, SheetGrid } from "../core";

/** What one used range returned: 0-based offset of its top-left cell and its arrays. */
export interface UsedRangeSnapshot {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  /** Formula text for formula cells, the constant elsewhere (as Range.formulas returns it). */
  formulas?: unknown[][];
}

/** Queues a read of a sheet's used range (values only, so a formatted empty column does not inflate it). */
export function queueUsedRange(sheet: Excel.Worksheet, withFormulas: boolean): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  if (withFormulas) used.load("values, formulas, rowIndex, columnIndex");
  else used.load("values, rowIndex, columnIndex");
  return used;
}

/** The loaded used range after sync, or null for an empty (or missing) sheet. */
export function takeUsedRange(used: Excel.Range, withFormulas: boolean): UsedRangeSnapshot | null {
  if (used.isNullObject) return null;
  return {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: used.values,
    formulas: withFormulas ? used.formulas : undefined,
  };
}

/** Excel reports an empty cell as ""; the domain uses null. */
export function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Rows of `rows` shifted so that index [0][0] is A1; the cells before the used range are `blank`. */
export function padToA1<T>(rows: T[][], rowIndex: number, columnIndex: number, blank: T): T[][] {
  const lead: T[] = new Array<T>(columnIndex).fill(blank);
  const width = columnIndex + (rows[0]?.length ?? 0);
  const top: T[][] = Array.from({ length: rowIndex }, () => new Array<T>(width).fill(blank));
  return top.concat(rows.map((row) => (columnIndex ? lead.concat(row) : row.slice())));
}

export function valuesGrid(snap: UsedRangeSnapshot | null): CellValue[][] {
  if (!snap) return [];
  const rows = snap.values.map((row) => row.map(toCellValue));
  return padToA1(rows, snap.rowIndex, snap.columnIndex, null);
}

/**
 * The formula text of a cell, or null for a constant. Range.formulas returns a constant itself, so a text
 * constant "=见附件" (written with Excel's apostrophe prefix) comes back as "=见附件" from both .formulas and
 * .values: a cell holds a formula only when its formula text starts with "=" and differs from its value.
 * (A formula whose result is exactly its own text, e.g. =A1 with A1 holding the text "=A1", is taken for text.)
 */
export function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null;
}

export function toSheetGrid(name: string, snap: UsedRangeSnapshot | null, merges?: CellRange[]): SheetGrid {
  const grid: SheetGrid = { name, values: valuesGrid(snap) };
  if (snap?.formulas) {
    const rows = snap.formulas.map((row, r) => row.map((f, c) => formulaOf(f, snap.values[r]?.[c])));
    grid.formulas = padToA1(rows, snap.rowIndex, snap.columnIndex, null);
  }
  if (merges) grid.merges = merges;
  return grid;
}

/**
 * What each cell holds as the user typed it: formula text where there is a formula, the value elsewhere.
 * Comparing these (not values) tells a user's edit from a recalculation, e.g. of the total's SUM.
 */
export function contentGrid(snap: UsedRangeSnapshot | null): CellValue[][] {
  if (!snap) return [];
  const formulas = snap.formulas;
  const source = formulas ? snap.values.map((row, r) => row.map((v, c) => formulaOf(formulas[r]?.[c], v) ?? v)) : snap.values;
  return padToA1(
    source.map((row) => row.map(toCellValue)),
    snap.rowIndex,
    snap.columnIndex,
    null,
  );
}

export function cellAt(grid: CellValue[][], row: number, col: number): CellValue {
  return grid[row - 1]?.[col - 1] ?? null;
}

/** A cell as the receipt keeps it: its formula text (flagged) where it holds a formula, else its value. */
export interface CellContent {
  row: number;
  col: number;
  value: CellValue;
  /** `value` is formula text to put back through Range.formulas (absent: a constant, even if it starts with "="). */
  formula?: true;
}

/** The content of cell (row, col) (1-based sheet coordinates) in a used range, formula or constant. */
export function contentAt(snap: UsedRangeSnapshot | null, row: number, col: number): CellContent {
  const r = row - 1 - (snap?.rowIndex ?? 0);
  const c = col - 1 - (snap?.columnIndex ?? 0);
  const value = snap?.values[r]?.[c];
  const formula = formulaOf(snap?.formulas?.[r]?.[c], value);
  return formula === null ? { row, col, value: toCellValue(value) } : { row, col, value: formula, formula: true };
}

/**
 * Whether what Excel returned for a cell is `expectedValue`: "" is empty (on either side), and a number written into a cell formatted
 * as text (which Excel may keep as "10") or text whose line breaks Excel normalised counts as the same.
 */
export function sameCell(actual: unknown, expectedValue: CellValue): boolean {
  const a = toCellValue(actual);
  const expected = toCellValue(expectedValue);
  if (a === expected) return true;
  if (a === null || expected === null) return false;
  return String(a).replace(/\r\n?/g, "\n") === String(expected).replace(/\r\n?/g, "\n");
}

/** Same content, a missing cell counting as empty (so trailing blanks do not matter). */
export function sameContent(a: CellValue[][], b: CellValue[][]): boolean {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) if ((a[r]?.[c] ?? null) !== (b[r]?.[c] ?? null)) return false;
  }
  return true;
}

/** `grid` with the given cells set, for keeping a scanned sheet's content current after our own writes. */
export function withCells(grid: CellValue[][], cells: { row: number; col: number; value: CellValue }[]): CellValue[][] {
  const next = grid.map((row) => row.slice());
  for (const { row, col, value } of cells) {
    while (next.length < row) next.push([]);
    const line = next[row - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = value;
  }
  return next;
}
