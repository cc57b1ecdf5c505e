// The unit sheets of one workbook as the pane's units view lists them, and the whole assessment made from them.
import { a1 } from "../a1";
import { findScoringSheet, inspectSheet } from "../inspectSheet";
import { parsePoints } from "../exact";
import { GridView } from "../layout/gridView";
import { UNIT_END, UNIT_LABEL } from "../layout/detectUnit";
import type { AssessmentSettings } from "../settings/settings";
import { analyzeLosses, type LossAnalysis } from "../summary/analysis";
import { buildFeedback, type UnitFeedback } from "../summary/feedback";
import { scoredUnitsFromGrids } from "../summary/readUnit";
import { summarize } from "../summary/summarize";
import type { ScoredUnit, Summary } from "../summary/types";
import { unitTotal } from "../summary/unitTotal";
import type { CellValue, SheetGrid } from "../types";
import { decodeLog, LOG_SHEET_NAME } from "../writes/logSheet";
import { safeSheetName } from "./outputSheet";
import type { UnitLink } from "./summarySheet";

/** 未评: nothing found nor filled yet; 已评: scored (ticks in 扣分明细, or every 得分 filled); 有问题: cannot be summarised as it is. */
export type UnitState = "unscored" | "scored" | "problem";

export interface UnitSheet {
  sheet: string;
  unit: string;
  state: UnitState;
  /** Total with bonus (after no cap), null unless scored. */
  total: number | null;
  max: number;
  /** Why the sheet is 有问题. */
  reason: string | null;
  /** The scored unit, when scored. */
  scored: ScoredUnit | null;
}

/** Sheets that hold a scoring table, the 扣分明细 and the assessment's own sheets left out. */
export function unitGrids(grids: SheetGrid[], outputNames: readonly string[] = []): SheetGrid[] {
  return grids.filter((g) => g.name !== LOG_SHEET_NAME && !outputNames.includes(g.name) && findScoringSheet([g]) === 0);
}

export function unitSheets(grids: SheetGrid[], outputNames: readonly string[] = []): UnitSheet[] {
  const log = grids.find((g) => g.name === LOG_SHEET_NAME) ?? null;
  return unitGrids(grids, outputNames).map((grid) => {
    const model = inspectSheet(grid);
    const max = model.items.reduce((s, it) => s + (it.points ?? 0), 0);
    const unit = model.layout.unit ?? grid.name;
    const base = { sheet: grid.name, unit, max };
    const recorded = log ? decodeLog(log.values, grid.name) : null;
    const ticked = recorded !== null && (recorded.findings.length > 0 || recorded.checked.length > 0);
    const filled = model.items.filter((it) => it.points !== null && parsePoints(it.existingScore) !== null).length;
    if (!ticked && filled === 0) return { ...base, state: "unscored", total: null, reason: null, scored: null };
    const read = scoredUnitsFromGrids(log ? [grid, log] : [grid], { source: grid.name, fallbackUnit: grid.name });
    const scored = read.units[0];
    if (!scored) return { ...base, state: "problem", total: null, reason: read.unread[0]?.reason ?? null, scored: null };
    const warning = read.warnings[0]?.reason ?? null;
    return {
      ...base,
      unit: scored.unit,
      state: warning ? "problem" : "scored",
      total: unitTotal(scored, null).total,
      reason: warning,
      scored,
    };
  });
}

export interface Assessment {
  units: ScoredUnit[];
  summary: Summary;
  analysis: LossAnalysis;
  feedback: UnitFeedback[];
  /** Where each unit's item scores are, for formulas in the summary. */
  links: Map<string, UnitLink>;
}

/** The whole assessment over the workbook's scored unit sheets (in workbook order). */
export function assessWorkbook(grids: SheetGrid[], settings: AssessmentSettings, outputNames: readonly string[] = []): Assessment {
  const sheets = unitSheets(grids, outputNames).filter((s) => s.scored !== null);
  const byName = new Map(grids.map((g) => [g.name, g]));
  const units = sheets.map((s) => s.scored as ScoredUnit);
  const links = new Map<string, UnitLink>();
  for (const s of sheets) {
    const model = inspectSheet(byName.get(s.sheet) as SheetGrid);
    const scoreCells = new Map<string, string>();
    for (const item of model.items) if (item.scoreCell) scoreCells.set(item.name, a1(item.scoreCell.row, item.scoreCell.col));
    links.set(s.unit, { sheet: s.sheet, scoreCells });
  }
  const summary = summarize(units, settings);
  return { units, summary, analysis: analyzeLosses(units), feedback: buildFeedback(units, summary), links };
}

export interface NewUnitSheet {
  /** The new sheet's name (the unit's, made valid and unique). */
  name: string;
  /** Cells to change on the copy: the unit after 被考核单位, and the scores, deductions and notes cleared. */
  edits: { row: number; col: number; value: CellValue }[];
}

/** What to change on a copy of `grid` so that it becomes a blank sheet for `unit`. */
export function newUnitSheet(grid: SheetGrid, unit: string, takenNames: readonly string[]): NewUnitSheet {
  const model = inspectSheet(grid);
  const view = new GridView(grid);
  const edits: NewUnitSheet["edits"] = [];
  const formulaAt = (row: number, col: number) => grid.formulas?.[row - 1]?.[col - 1] ?? null;
  const clear = (row: number, col: number | undefined) => {
    if (col === undefined || formulaAt(row, col)) return;
    if (view.raw(row, col) !== null) edits.push({ row, col, value: null });
  };
  labelLoop: for (let row = 1; row < model.layout.headerRow; row++) {
    for (let col = 1; col <= view.colCount; col++) {
      const raw = view.raw(row, col);
      const text = typeof raw === "string" ? raw : "";
      const m = UNIT_LABEL.exec(text);
      if (!m) continue;
      const head = text.slice(0, m.index + m[0].length).replace(/\s+$/, "");
      const after = text.slice(head.length).replace(/^\s+/, "");
      if (after === "") {
        edits.push({ row, col: (view.merge(row, col)?.right ?? col) + 1, value: unit });
        break labelLoop;
      }
      // What follows the unit on the same line (考核时间：…) stays as it was.
      const tail = after.slice(after.search(UNIT_END));
      edits.push({ row, col, value: `${head}${unit}${tail && !/^\s/.test(tail) ? "　" : ""}${tail}` });
      break labelLoop;
    }
  }
  const { columns } = model.layout;
  for (const item of model.items) {
    if (item.scoreCell) clear(item.scoreCell.row, item.scoreCell.col);
    clear(item.row, columns.deduction);
    clear(item.row, columns.note);
  }
  if (model.layout.total && columns.score !== undefined) clear(model.layout.total.row, columns.score);
  return { name: safeSheetName(unit, takenNames), edits };
}
