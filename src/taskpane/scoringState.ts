// The pane's state and how each event changes it. Engine calls happen here (pure); host calls in useScoring.
import {
  type Problem,
  type Role,
  type ScoreResult,
  type WritePlan,
  type Rubric,
  clampInput,
  clampRowInput,
  clauseKey,
  isReviewed,
  keepMatchingInputs,
  logRecordOf,
  ROW_INPUT,
  type CellChange,
  type ClauseInput,
  type ClauseInputs,
} from "../core";
import type { ScanResult, WriteReceipt } from "../host/scoringHost";
import type { HostErrorInfo } from "../host/hostMessages";
import { draftInputsFor, draftSize, type Draft } from "./draft";
import { analyseScan, checksOf, effectiveUnit, inputsFromLog, scoreInputs, type Analysis, type ColumnOverrides } from "./scoringSession";

export type BusyKind = "scan" | "write" | "undo";

/**
 * message null: an unexpected failure, shown with the generic text (which says the sheet was not changed).
 * after: what had already happened when it failed — the fill was written but re-reading the sheet failed, or the
 * host wrote part of the fill before failing; either way the sheet did change and 撤销本次填写 is offered.
 */
export interface PaneError {
  message: string | null;
  /** A host's error as its code and args, worded where it is shown (in the pane's language). */
  host?: HostErrorInfo;
  after?: { kind: "written-reread-failed"; cells: number } | { kind: "partly-written" };
}

export type Notice =
  /** unchecked: items neither marked 已核查 nor ticked when the fill was made (a warning, not a block). */
  | { kind: "written"; cells: number; unchecked: number }
  | { kind: "nothing-to-write" }
  | { kind: "undone" }
  | { kind: "restored"; findings: number; unmatched: number }
  /** Unwritten ticks kept from last time (the draft) were put back. */
  | { kind: "draft-restored"; ticks: number };

export interface ScoringState {
  rubrics: Rubric[];
  busy: BusyKind | null;
  scan: ScanResult | null;
  columns: ColumnOverrides;
  /** What the user typed as the unit; null: take the sheet's. */
  unitOverride: string | null;
  assessor: string;
  analysis: Analysis | null;
  inputs: ClauseInputs;
  result: ScoreResult | null;
  checks: Problem[];
  receipt: WriteReceipt | null;
  /** A forced plan held back because it overwrites filled cells; the user confirms or cancels. */
  pendingOverwrite: { plan: WritePlan; changes: CellChange[] } | null;
  error: PaneError | null;
  notice: Notice | null;
  /** The ticks (notes, counts, amounts, unit, columns) differ from what was last written or read: kept as a draft. */
  unwritten: boolean;
  /** What reading the 扣分明细 log found when the sheet was opened (lost, unreadable or moved entries). */
  logProblems: Problem[];
  /** Items looked at (marked 已核查, or with a tick or typed score) of all items: the sticky bar's 已核查 7/11. */
  progress: { checked: number; total: number };
}

export type ScoringEvent =
  | { type: "busy"; busy: BusyKind }
  /**
   * "open": a sheet read fresh (ticks come from the log, or from `draft` when unwritten ticks were kept);
   * "refresh": re-read after our own write or undo.
   */
  | { type: "scanned"; scan: ScanResult; mode: "open" | "refresh"; draft?: Draft | null }
  | { type: "column-set"; role: Role; column: number | null }
  | { type: "unit-set"; unit: string }
  | { type: "input-set"; row: number; clause: number; input: ClauseInput }
  | { type: "assessor-set"; assessor: string }
  | { type: "conflicts-found"; plan: WritePlan; changes: CellChange[] }
  | { type: "conflicts-dismissed" }
  | { type: "written"; receipt: WriteReceipt | null; cells: number }
  | { type: "undone" }
  /** receipt: what a failed write had already changed, kept so the user can undo it. */
  | { type: "failed"; error: PaneError; receipt?: WriteReceipt }
  | { type: "error-dismissed" }
  | { type: "notice-dismissed" };

export function initialScoringState(rubrics: Rubric[], assessor = ""): ScoringState {
  return {
    rubrics,
    busy: null,
    scan: null,
    columns: {},
    unitOverride: null,
    assessor,
    analysis: null,
    inputs: {},
    result: null,
    checks: [],
    receipt: null,
    pendingOverwrite: null,
    error: null,
    notice: null,
    unwritten: false,
    logProblems: [],
    progress: { checked: 0, total: 0 },
  };
}

export function currentUnit(state: ScoringState): string | null {
  return state.analysis ? effectiveUnit(state.analysis.model, state.unitOverride) : state.unitOverride;
}

/** Re-reads the model (when asked) and re-scores; an engine failure becomes an error, never a throw. */
function derive(state: ScoringState, reanalyse: boolean, restoreFromLog = false): ScoringState {
  if (!state.scan) return state;
  try {
    const unit = state.unitOverride === null ? null : state.unitOverride.trim() || null;
    const analysis = reanalyse || !state.analysis ? analyseScan(state.scan, state.columns, unit, state.rubrics) : state.analysis;
    const model = analysis.model;
    let inputs = state.inputs;
    let notice = state.notice;
    let logProblems = state.logProblems;
    if (restoreFromLog) {
      const fromLog = inputsFromLog(state.scan, model);
      inputs = fromLog.inputs;
      logProblems = fromLog.problems;
      notice =
        fromLog.restored > 0 || fromLog.unmatched > 0
          ? { kind: "restored", findings: fromLog.restored, unmatched: fromLog.unmatched }
          : null;
    } else if (reanalyse) {
      inputs = keepMatchingInputs(model, inputs);
    }
    const scoring = scoreInputs(model, inputs, effectiveUnit(model, state.unitOverride));
    const progress = { checked: model.items.filter((item) => isReviewed(item, inputs)).length, total: model.items.length };
    const checks = checksOf(model, scoring, logProblems);
    return { ...state, analysis, inputs, notice, logProblems, progress, result: scoring.result, checks };
  } catch (error) {
    console.error(error);
    return { ...state, busy: null, error: { message: null } };
  }
}

/** A sheet just read, with the unwritten ticks kept from last time put back over what its log said. */
function withDraft(read: ScoringState, draft: Draft): ScoringState {
  if (!read.analysis) return read;
  const columns = Object.keys(draft.columns).length > 0;
  const next = derive({ ...read, columns: draft.columns, unitOverride: draft.unit ?? read.unitOverride }, columns);
  if (!next.analysis) return read;
  const inputs = draftInputsFor(next.analysis.model, draft.inputs);
  const restored = derive({ ...next, inputs }, false);
  return { ...restored, unwritten: true, notice: { kind: "draft-restored", ticks: draftSize(inputs) } };
}

export function scoringReducer(state: ScoringState, event: ScoringEvent): ScoringState {
  switch (event.type) {
    case "busy":
      return { ...state, busy: event.busy, error: null, pendingOverwrite: null };
    case "scanned": {
      const open = event.mode === "open";
      // A sheet scored before: the unit it was scored for and who scored it come back from the log, so the
      // restored score is the one written (exceptions depend on the unit).
      const record = open ? logRecordOf(event.scan.log, event.scan.grid.name) : null;
      const next: ScoringState = {
        ...state,
        busy: null,
        scan: event.scan,
        columns: open ? {} : state.columns,
        unitOverride: open ? (record?.hasRows ? record.unit : null) : state.unitOverride,
        assessor: record?.assessor && !state.assessor.trim() ? record.assessor : state.assessor,
        inputs: open ? {} : state.inputs,
        // Re-read after our own fill: the log was just rewritten, so what it held before no longer applies.
        logProblems: [],
        receipt: open ? null : state.receipt,
        analysis: null,
        error: null,
      };
      const read = derive({ ...next, unwritten: open ? false : state.unwritten }, true, open);
      return open && event.draft ? withDraft(read, event.draft) : read;
    }
    case "column-set":
      return derive({ ...state, unwritten: true, columns: { ...state.columns, [event.role]: event.column } }, true);
    case "unit-set":
      return derive({ ...state, unwritten: true, unitOverride: event.unit }, true);
    case "input-set": {
      const item = state.analysis?.model.items.find((it) => it.row === event.row);
      if (item && event.clause === ROW_INPUT) {
        const inputs = { ...state.inputs, [clauseKey(item, { index: ROW_INPUT })]: clampRowInput(item, event.input) };
        return derive({ ...state, inputs, unwritten: true }, false);
      }
      const clause = item?.clauses.find((c) => c.index === event.clause);
      if (!item || !clause) return state;
      const inputs = { ...state.inputs, [clauseKey(item, clause)]: clampInput(clause, item, event.input) };
      return derive({ ...state, inputs, unwritten: true }, false);
    }
    case "assessor-set":
      return { ...state, assessor: event.assessor };
    case "conflicts-found":
      return { ...state, busy: null, pendingOverwrite: { plan: event.plan, changes: event.changes } };
    case "conflicts-dismissed":
      return { ...state, pendingOverwrite: null };
    case "written":
      return {
        ...state,
        busy: null,
        pendingOverwrite: null,
        receipt: event.receipt ?? state.receipt,
        notice: event.receipt
          ? { kind: "written", cells: event.cells, unchecked: state.progress.total - state.progress.checked }
          : { kind: "nothing-to-write" },
        unwritten: false,
      };
    case "undone":
      // The sheet is back as it was; the ticks on screen are not in it any more.
      return { ...state, busy: null, receipt: null, notice: { kind: "undone" }, unwritten: draftSize(state.inputs) > 0 };
    case "failed":
      return { ...state, busy: null, pendingOverwrite: null, error: event.error, receipt: event.receipt ?? state.receipt };
    case "error-dismissed":
      return { ...state, error: null };
    case "notice-dismissed":
      return { ...state, notice: null };
  }
}
