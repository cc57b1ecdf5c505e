import type { ResolvedFinding, ScoreResult, SheetModel } from "../types";

/** Scores every item from the findings, with caps, exceptions for `unit`, zero and veto. */
export function scoreSheet(_model: SheetModel, _findings: ResolvedFinding[], _unit: string | null): ScoreResult {
  throw new Error("not implemented");
}
