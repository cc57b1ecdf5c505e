import { a1 } from "../a1";
import type { CellValue, SheetModel, WritePlan } from "../types";

/** One cell a plan changes, with what it held before. */
export interface CellChange {
  /** Its A1 address on the scored sheet. */
  cell: string;
  previous: CellValue;
  value: CellValue;
}

function blank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return typeof a === typeof b && String(a) === String(b);
}

/** A row without its trailing blank cells (a sheet read back is as wide as its widest row). */
function filled(row: readonly CellValue[]): number {
  let n = row.length;
  while (n > 0 && blank(row[n - 1])) n--;
  return n;
}

/** The rows that hold anything: trailing blank rows are not part of the log. */
function rowsOf(log: CellValue[][] | null | undefined): CellValue[][] {
  const rows = log ?? [];
  let n = rows.length;
  while (n > 0 && filled(rows[n - 1]) === 0) n--;
  return rows.slice(0, n);
}

/** True when two 扣分明细 logs hold the same values: blanks alike whether empty or missing; a header alone is no log. */
export function sameLog(a: CellValue[][] | null | undefined, b: CellValue[][] | null | undefined): boolean {
  const x = rowsOf(a);
  const y = rowsOf(b);
  if (x.length <= 1 && y.length <= 1 && (x.length === 0 || y.length === 0)) return true;
  if (x.length !== y.length) return false;
  return x.every((row, r) => {
    const width = Math.max(filled(row), filled(y[r]));
    for (let c = 0; c < width; c++) if (!sameValue(row[c], y[r][c])) return false;
    return true;
  });
}

/** True when carrying out `plan` would change nothing: no cell to write and the log as `existingLog` already holds it. */
export function planChangesNothing(plan: WritePlan, existingLog: CellValue[][] | null | undefined): boolean {
  return plan.writes.length === 0 && sameLog(plan.log, existingLog);
}

/**
 * What a forced plan changes over what the sheet shows: every filled cell it overwrites (得分, 扣分, 备注), and the
 * total row's 得分 whenever it changes, filled or not: the assessor confirms every number that moves.
 */
export function overwrittenCells(model: SheetModel, forced: WritePlan): CellChange[] {
  const total = model.layout.total;
  const scoreCol = model.layout.columns.score ?? forced.addedScoreColumn;
  const isTotal = (row: number, col: number) => total !== null && row === total.row && col === scoreCol;
  return forced.writes
    .filter((w) => !blank(w.previous) || isTotal(w.row, w.col))
    .map((w) => ({ cell: a1(w.row, w.col), previous: w.previous, value: w.value }));
}
