// The pane's calls into the engine, in one place: read a scan into a model, score the inputs, plan a fill.
import {
  sheetProblems,
  decodeLog,
  inspectSheet,
  matchRubric,
  planWrites,
  resolveFindings,
  scoreSheet,
  sheetTitles,
  type InspectOptions,
  type Problem,
  type Rubric,
  type ScoreResult,
  type SheetModel,
  type CellValue,
  type WritePlan,
  a1,
} from "../core";
import type { ScanResult } from "../host/scoringHost";
import { checkedItems, findingsOf, inputsFromFindings, type ClauseInputs } from "./clauseInputs";

export type ColumnOverrides = NonNullable<InspectOptions["columns"]>;

export interface Analysis {
  model: SheetModel;
  rubric: Rubric | null;
}

/** Inspects the scanned sheet; when a bundled rubric matches its items, inspects again with it. */
export function analyseScan(scan: ScanResult, columns: ColumnOverrides, unit: string | null, rubrics: Rubric[]): Analysis {
  const options: InspectOptions = { columns, unit };
  const plain = inspectSheet(scan.grid, options);
  const rubric =
    rubrics.length > 0
      ? matchRubric(
          plain.items.map((item) => item.name),
          rubrics,
          sheetTitles(scan.grid, plain.layout.headerRow),
        )
      : null;
  return { model: rubric ? inspectSheet(scan.grid, { ...options, rubric }) : plain, rubric };
}

/** The unit that drives exceptions: what the user typed, else what the sheet says. */
export function effectiveUnit(model: SheetModel, override: string | null): string | null {
  if (override !== null) return override.trim() || null;
  return model.layout.unit;
}

/** What the 扣分明细 log recorded about the last fill of this sheet, besides the findings. */
export interface LogRecord {
  /** The log has rows for this sheet. */
  hasRows: boolean;
  /** The 被考核单位 the sheet was scored for ("" when it was scored without a unit). */
  unit: string;
  /** The last 评分人 recorded for this sheet ("" when none). */
  assessor: string;
  /** The last 时间 recorded for this sheet ("" when none). */
  time: string;
}

/** 类型 of a log row that only carries the rest of the long texts of the row above it. */
const CONTINUED = "（续）";

/** The unit and assessor recorded for the scanned sheet in the workbook's 扣分明细 sheet. */
export function logRecordOf(scan: ScanResult): LogRecord {
  const none: LogRecord = { hasRows: false, unit: "", assessor: "", time: "" };
  if (!scan.log || scan.log.length < 2) return none;
  const sheet = scan.grid.name;
  const decoded = decodeLog(scan.log, sheet);
  if (decoded.findings.length === 0 && decoded.checked.length === 0) return none;
  const header = scan.log[0].map((v) => String(v ?? "").trim());
  const [sheetCol, kindCol, assessorCol, timeCol] = ["工作表", "类型", "评分人", "时间"].map((h) => header.indexOf(h));
  let assessor = "";
  let time = "";
  if (sheetCol >= 0) {
    for (const row of scan.log.slice(1)) {
      // A （续） row carries only the rest of long texts: its 评分人 and 时间 are not a scoring's.
      if (String(row[sheetCol] ?? "") !== sheet || (kindCol >= 0 && String(row[kindCol] ?? "").trim() === CONTINUED)) continue;
      const name = assessorCol >= 0 ? String(row[assessorCol] ?? "").trim() : "";
      const at = timeCol >= 0 ? String(row[timeCol] ?? "").trim() : "";
      if (name) assessor = name;
      if (at) time = at;
    }
  }
  return { hasRows: true, unit: decoded.unit ?? "", assessor, time };
}

export interface LoggedInputs {
  inputs: ClauseInputs;
  restored: number;
  unmatched: number;
  /** What the log holds that no longer matches the sheet, or could not be read, or moved (decodeLog's problems). */
  problems: Problem[];
}

/**
 * Ticks, notes, 已核查 marks and typed scores recorded for this sheet in the workbook's 扣分明细 sheet, each
 * following its item by name and clause text wherever rows moved since.
 */
export function inputsFromLog(scan: ScanResult, model: SheetModel): LoggedInputs {
  if (!scan.log || scan.log.length === 0) return { inputs: {}, restored: 0, unmatched: 0, problems: [] };
  const { findings, checked, problems } = decodeLog(scan.log, model.layout.sheet, model);
  const { inputs, unmatched } = inputsFromFindings(model, findings, checked);
  // Entries that were lost or unreadable are counted with those that matched no clause; a move is only a notice.
  const dropped = problems.filter((p) => p.severity !== "info").length;
  return { inputs, restored: Object.keys(inputs).length, unmatched: unmatched + dropped, problems };
}

export interface Scoring {
  result: ScoreResult;
  /** Findings the engine could not place (should not happen for inputs made in the pane). */
  findingProblems: Problem[];
}

export function scoreInputs(model: SheetModel, inputs: ClauseInputs, unit: string | null): Scoring {
  const { resolved, problems } = resolveFindings(model, findingsOf(model, inputs));
  return { result: scoreSheet(model, resolved, unit), findingProblems: problems };
}

/** The checks list: the sheet's own problems (as `kaohe inspect` and `check` report them), then the scoring's, then what reading the log found, without repeats. */
export function checksOf(model: SheetModel, scoring: Scoring, logProblems: Problem[] = []): Problem[] {
  const seen = new Set<string>();
  const all: Problem[] = [];
  for (const p of [...sheetProblems(model), ...scoring.result.problems, ...scoring.findingProblems, ...logProblems]) {
    const key = `${p.code}|${p.cell ?? ""}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(p);
  }
  return all;
}

/** The fill's writes and log; `inputs` give the items marked 已核查, logged with the findings. */
export function planFill(
  model: SheetModel,
  result: ScoreResult,
  scan: ScanResult,
  options: { force: boolean; assessor: string; time: string; inputs?: ClauseInputs },
): WritePlan {
  return planWrites(model, result, {
    force: options.force,
    checked: options.inputs ? checkedItems(model, options.inputs) : [],
    existingLog: scan.log,
    meta: { assessor: options.assessor, time: options.time },
  });
}

export interface CellChange {
  cell: string;
  previous: CellValue;
  value: CellValue;
}

/** The filled cells a forced plan would overwrite (the plain plan's conflicts), with old and new values. */
export function overwrittenCells(plain: WritePlan, forced: WritePlan): CellChange[] {
  const conflicted = new Set(plain.conflicts.map((p) => p.cell));
  return forced.writes.map((w) => ({ cell: a1(w.row, w.col), previous: w.previous, value: w.value })).filter((c) => conflicted.has(c.cell));
}
