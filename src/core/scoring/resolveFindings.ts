import type { Finding, Problem, ResolvedFinding, SheetModel } from "../types";

/** Matches each finding to one item and one clause; a finding matching none or several is an error problem. */
export function resolveFindings(_model: SheetModel, _findings: Finding[]): { resolved: ResolvedFinding[]; problems: Problem[] } {
  throw new Error("not implemented");
}
