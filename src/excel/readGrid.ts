/* global Excel */
import type { CellRange, CellValue, SheetGrid } from "../core";

/** What a read loads of a range: its values, its formulas (formula text, or the constant itself), or both. */
export type Load = "values" | "formulas" | "values, formulas";

/** What one used range returned: 0-based offset of its top-left cell and the arrays loaded. */
export interface UsedRangeSnapshot {
  rowIndex: number;
  columnIndex: number;
  values?: unknown[][];
  /** Formula text for formula cells, the constant elsewhere (as Range.formulas returns it). */
  formulas?: unknown[][];
}

/** Queues a read of a sheet's used range (values only, so a formatted empty column does not inflate it). */
export function queueUsedRange(sheet: Excel.Worksheet, load: Load): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject(true);
  if (load === "values") used.load("values, rowIndex, columnIndex");
  else if (load === "formulas") used.load("formulas, rowIndex, columnIndex");
  else used.load("values, formulas, rowIndex, columnIndex");
  return used;
}

/** Queues the load of a range's values and/or formulas. */
export function loadRange(range: Excel.Range, load: Load): void {
  if (load === "values") range.load("values");
  else if (load === "formulas") range.load("formulas");
  else range.load("values, formulas");
}

/** The loaded used range after sync, or null for an empty (or missing) sheet. */
export function takeUsedRange(used: Excel.Range, load: Load): UsedRangeSnapshot | null {
  if (used.isNullObject) return null;
  return {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: load === "formulas" ? undefined : used.values,
    formulas: load === "values" ? undefined : used.formulas,
  };
}

/** Rows and columns of a snapshot. */
export function snapshotSize(snap: UsedRangeSnapshot): { rows: number; cols: number } {
  const rows = snap.values ?? snap.formulas ?? [];
  return { rows: rows.length, cols: rows[0]?.length ?? 0 };
}

/**
 * Whether the value of a cell may differ from what Range.formulas returned for it, so that a read of
 * formulas alone must be completed by its value: formula text (and a text constant starting with "=", told
 * apart only by comparing both), text Excel may show with its apostrophe prefix, and text that may be how the
 * formula bar spells a number (a date, a time, a percentage) or a boolean. Numbers and booleans come back as
 * they are, and so does any other text (most of a rubric: long 评分标准 sentences).
 */
export function valueMayDiffer(formula: unknown): boolean {
  if (typeof formula !== "string") return false;
  if (formula.startsWith("=") || formula.startsWith("'")) return true;
  if (/^(TRUE|FALSE)$/i.test(formula.trim())) return true;
  return /\d/.test(formula) && /^(?:[^\p{L}]|AM|PM|上午|下午)*$/iu.test(formula);
}

/** A rectangle of cells, 0-based sheet indexes. */
export interface CellRect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** At most this many ranges are asked for to complete a formulas-only read (each is one load in the request). */
export const MAX_VALUE_RANGES = 200;

/**
 * The rectangles whose values complete a formulas-only snapshot: every cell for which `valueMayDiffer`, in as few
 * ranges as reasonable — runs down each column; when there would be more than `maxRanges` of those, runs of
 * rows spanning the used range's width, the closest runs joined until there are at most `maxRanges`.
 */
export function valueRects(snap: UsedRangeSnapshot | null, maxRanges = MAX_VALUE_RANGES): CellRect[] {
  const formulas = snap?.formulas;
  if (!snap || !formulas) return [];
  const { rows, cols } = snapshotSize(snap);
  const columnRuns: CellRect[] = [];
  const rowsWithCells = new Set<number>();
  for (let c = 0; c < cols; c++) {
    let start = -1;
    for (let r = 0; r <= rows; r++) {
      const needed = r < rows && valueMayDiffer(formulas[r][c]);
      if (needed) rowsWithCells.add(r);
      if (needed && start < 0) start = r;
      if (!needed && start >= 0) {
        columnRuns.push({ rowIndex: snap.rowIndex + start, columnIndex: snap.columnIndex + c, rowCount: r - start, columnCount: 1 });
        start = -1;
      }
    }
  }
  if (columnRuns.length <= maxRanges) return columnRuns;
  // Runs of rows, then the smallest gaps closed until few enough remain.
  const sorted = [...rowsWithCells].sort((a, b) => a - b);
  let runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs.at(-1);
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  if (runs.length > maxRanges) {
    const gaps = runs
      .slice(1)
      .map((run, i) => run[0] - runs[i][1])
      .sort((a, b) => a - b);
    const closeUpTo = gaps[runs.length - maxRanges - 1];
    const joined: [number, number][] = [];
    for (const run of runs) {
      const last = joined.at(-1);
      if (last && run[0] - last[1] <= closeUpTo) last[1] = run[1];
      else joined.push([run[0], run[1]]);
    }
    runs = joined;
  }
  return runs.map(([top, bottom]) => ({
    rowIndex: snap.rowIndex + top,
    columnIndex: snap.columnIndex,
    rowCount: bottom - top + 1,
    columnCount: cols,
  }));
}

/**
 * A formulas-only snapshot completed with values: each cell's value is what Range.formulas returned, except in
 * `rects`, where it is the value read there (`read[i].values`). Rects outside the snapshot are clipped.
 */
export function withValues(snap: UsedRangeSnapshot, rects: CellRect[], read: { values?: unknown[][] }[]): UsedRangeSnapshot {
  const formulas = snap.formulas ?? [];
  const values = formulas.map((row) => row.slice());
  rects.forEach((rect, i) => {
    const got = read[i]?.values ?? [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row = values[rect.rowIndex - snap.rowIndex + r];
      if (!row) continue;
      for (let c = 0; c < rect.columnCount; c++) {
        const col = rect.columnIndex - snap.columnIndex + c;
        if (col >= 0 && col < row.length) row[col] = got[r]?.[c];
      }
    }
  });
  return { ...snap, values };
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
  if (!snap?.values) return [];
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
    const rows = snap.formulas.map((row, r) => row.map((f, c) => formulaOf(f, snap.values?.[r]?.[c])));
    grid.formulas = padToA1(rows, snap.rowIndex, snap.columnIndex, null);
  }
  if (merges) grid.merges = merges;
  return grid;
}

/**
 * What each cell holds as the user typed it, from Range.formulas alone: the formula text where there is a
 * formula (a text constant "=…" reads the same, as it did when values and formulas were compared), the constant
 * elsewhere. Comparing these (not values) tells a user's edit
 * from a recalculation, e.g. of the total's SUM; scan and write both take it from formulas, so they agree.
 */
export function contentGrid(snap: UsedRangeSnapshot | null): CellValue[][] {
  if (!snap) return [];
  const source = snap.formulas ?? snap.values ?? [];
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
  const value = snap?.values?.[r]?.[c];
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
