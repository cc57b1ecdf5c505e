import { a1 } from "../a1";
import { parsePoints, subExact } from "../exact";
import type { WriteColumn } from "../problemMessages";
import { problem } from "../problems";
import type { CellValue, CellWrite, LogMeta, Problem, ScoreResult, SheetModel, WritePlan } from "../types";
import { buildLog, LOG_HEADER } from "./logSheet";
import { fitCell } from "./longText";

/** Ends a 备注 too long for one cell; the whole text is in 扣分明细. */
const NOTE_CUT = "…（详见扣分明细）";

export interface PlanOptions {
  /** Overwrite filled score cells that would change. */
  force?: boolean;
  /** The workbook's current 扣分明细 values, if it has that sheet. */
  existingLog?: CellValue[][] | null;
  meta: LogMeta;
  /** Indexes of the items the assessor marked 已核查 (checked, nothing found); recorded in the log only. */
  checked?: readonly number[];
}

function blank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function same(a: CellValue, b: CellValue): boolean {
  if (blank(a) && blank(b)) return true;
  const x = parsePoints(a);
  const y = parsePoints(b);
  if (x !== null && y !== null) return Math.abs(x - y) < 1e-9 && typeof a === typeof b;
  return String(a ?? "") === String(b ?? "");
}

function loggedBefore(existingLog: CellValue[][] | null | undefined, sheet: string): boolean {
  const col = existingLog?.[0]?.findIndex((v) => v === LOG_HEADER[0]) ?? -1;
  return col >= 0 && (existingLog ?? []).slice(1).some((row) => row[col] === sheet);
}

/** The cells to write (得分, 扣分, 备注, total) and the new log sheet, for one scoring of one sheet. */
export function planWrites(model: SheetModel, result: ScoreResult, options: PlanOptions): WritePlan {
  const { layout } = model;
  const writes: CellWrite[] = [];
  const conflicts: Problem[] = [];
  const ours = loggedBefore(options.existingLog, layout.sheet);
  const addedScoreColumn = layout.columns.score === undefined ? layout.lastColumn + 1 : null;
  const scoreCol = layout.columns.score ?? addedScoreColumn!;
  const existing = new Map<string, CellValue>();
  for (const item of model.items) if (item.scoreCell) existing.set(a1(item.scoreCell.row, item.scoreCell.col), item.existingScore);

  // A filled cell that would change is a conflict: the user typed it, or an earlier scoring did.
  const put = (row: number, col: number, value: CellValue, previous: CellValue, guarded: boolean, what: WriteColumn) => {
    if (same(previous, value)) return;
    if (guarded && !blank(previous) && !options.force) {
      const cell = a1(row, col);
      const code = what === "score" ? "score-would-change" : "cell-would-change";
      conflicts.push(problem("error", code, cell, { cell, column: what, previous: String(previous), value: String(value ?? "") }));
      return;
    }
    writes.push({ row, col, value, previous });
  };

  if (addedScoreColumn !== null) writes.push({ row: layout.headerRow, col: addedScoreColumn, value: "得分", previous: null });
  const deductionCol = layout.columns.deduction;
  const noteCol = layout.columns.note;
  // Item row (1-based) that claimed each score cell: two items on one cell means the layout was misread.
  const claimed = new Map<string, number>();
  for (const score of result.items) {
    const item = model.items[score.itemIndex];
    if (score.score === null) continue;
    const cell = item.scoreCell ?? { row: item.row, col: scoreCol };
    const at = a1(cell.row, cell.col);
    const firstRow = claimed.get(at);
    if (firstRow !== undefined) {
      conflicts.push(problem("error", "score-cell-shared", at, { cell: at, item: item.name, firstRow, row: item.row }));
      continue;
    }
    claimed.set(at, item.row);
    // A score cell with a formula (=C4-D4) keeps it: the deduction column feeds it.
    if (item.scoreFormula === null) put(cell.row, cell.col, score.score, existing.get(a1(cell.row, cell.col)) ?? null, true, "score");
    else if (deductionCol === undefined) {
      const at = a1(cell.row, cell.col);
      conflicts.push(problem("error", "score-formula", at, { cell: at, formula: item.scoreFormula }));
    }
    // Untouched rows keep whatever the user wrote in 扣分/备注; scored rows (or rows we filled before) get ours.
    const touched = score.explanation !== "" || ours;
    if (deductionCol !== undefined && (touched || item.scoreFormula !== null)) {
      // A formula (=分值-扣分) shows the score only if 扣分 is the net change, a bonus making it negative.
      const net = item.points !== null ? subExact(item.points, score.score) : score.deducted;
      const value = item.scoreFormula !== null ? net : score.deducted === 0 && !score.zeroed ? null : score.deducted;
      put(item.row, deductionCol, value, item.existingDeduction, !ours, "deduction");
    }
    const note = score.explanation ? fitCell(score.explanation, NOTE_CUT) : null;
    if (noteCol !== undefined && touched) put(item.row, noteCol, note, item.existingNote, !ours, "note");
  }
  // With scores held back for confirmation, a new total would not match the cells above it.
  const total = layout.total;
  const complete = result.items.every((s) => s.score !== null);
  if (total && total.scoreFormula === null && conflicts.length === 0 && complete) {
    put(total.row, scoreCol, result.total, total.score, false, "total");
  }
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    sheet: layout.sheet,
    writes,
    addedScoreColumn,
    conflicts,
    log: buildLog(model, result, options.existingLog, options.meta, options.checked),
  };
}
