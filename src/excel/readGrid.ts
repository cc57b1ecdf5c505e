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

function formulaText(value: unknown): string | null {
  return typeof value === "string" && value.startsWith("=") ? value : null;
}

export function toSheetGrid(name: string, snap: UsedRangeSnapshot | null, merges?: CellRange[]): SheetGrid {
  const grid: SheetGrid = { name, values: valuesGrid(snap) };
  if (snap?.formulas) {
    const rows = snap.formulas.map((row) => row.map(formulaText));
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
  const source = snap.formulas ?? snap.values;
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
