// What pressing 填写得分 works out before anything is written, for loadFillPlan's chunk: the writes and the log
// (core's planWrites and the log encoding), the co-authors' cells it would overwrite, or that nothing changes.
import {
  checkedItems,
  formatLogTime,
  overwrittenCells,
  planChangesNothing,
  planWrites,
  type CellChange,
  type ClauseInputs,
  type ScoreResult,
  type SheetModel,
  type WritePlan,
} from "../core";
import type { ScanResult } from "../host/scoringHost";

export interface FillRequest {
  model: SheetModel;
  result: ScoreResult;
  scan: ScanResult;
  assessor: string;
  /** When the fill happens, for the log's time stamp. */
  time: Date;
  /** The items marked 已核查, logged with the findings. */
  inputs?: ClauseInputs;
}

export type FillPlan =
  /** Cells someone else changed would be overwritten: `plan` overwrites them once the user agrees. */
  | { kind: "conflicts"; plan: WritePlan; changes: CellChange[] }
  | { kind: "unchanged"; plan: WritePlan }
  | { kind: "write"; plan: WritePlan };

function planWith(request: FillRequest, force: boolean): WritePlan {
  const { model, result, scan, inputs } = request;
  return planWrites(model, result, {
    force,
    checked: inputs ? checkedItems(model, inputs) : [],
    existingLog: scan.log,
    meta: { assessor: request.assessor, time: formatLogTime(request.time) },
  });
}

export function planFill(request: FillRequest): FillPlan {
  const plan = planWith(request, false);
  if (plan.conflicts.length > 0) {
    const forced = planWith(request, true);
    return { kind: "conflicts", plan: forced, changes: overwrittenCells(request.model, forced) };
  }
  if (planChangesNothing(plan, request.scan.log)) return { kind: "unchanged", plan };
  return { kind: "write", plan };
}
