// The pane's calls into the engine, in one place: read a scan into a model, score the inputs (a fill's plan: fillPlan.ts).
import {
  analyseSheet,
  decodeLog,
  findingsOf,
  inputsFromFindings,
  resolveFindings,
  scoreSheet,
  sheetProblems,
  type ClauseInputs,
  type InspectOptions,
  type Problem,
  type Rubric,
  type ScoreResult,
  type SheetModel,
} from "../core";
import type { ScanResult } from "../host/scoringHost";

export type ColumnOverrides = NonNullable<InspectOptions["columns"]>;

export interface Analysis {
  model: SheetModel;
  rubric: Rubric | null;
}

/** Inspects the scanned sheet; when a bundled rubric is the sheet's own, inspects again with it (core's analyseSheet). */
export function analyseScan(scan: ScanResult, columns: ColumnOverrides, unit: string | null, rubrics: Rubric[]): Analysis {
  const { model, rubric } = analyseSheet(scan.grid, { columns, unit }, rubrics);
  return { model, rubric };
}

/** The unit that drives exceptions: what the user typed, else what the sheet says. */
export function effectiveUnit(model: SheetModel, override: string | null): string | null {
  if (override !== null) return override.trim() || null;
  return model.layout.unit;
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
