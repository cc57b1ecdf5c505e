// What the pane says beside a ticked clause that did not count in full: the engine's AppliedFinding
// (applied=false, or a remark from the clause's own limit), worded from the clause's data in the pane's language.
import type { AppliedFinding, Clause } from "../core";
import { countLimit, type ClauseInput } from "./clauseInputs";
import { formatPoints } from "./formatNumber";
import type { Strings } from "./strings";

export type ClauseRemark =
  | { kind: "excepted"; unit: string; except: string[] }
  | { kind: "count-limit"; max: number; unit: string }
  | { kind: "points-limit"; cap: number }
  | { kind: "bonus-limit"; cap: number };

/**
 * Why a ticked clause does not count (in full), or null. Excepted: the engine did not apply it for the unit.
 * Limits: the engine capped it (its remark is set), or the count reached the most the clause allows (the stepper
 * stops there, so the engine never sees more).
 */
export function clauseRemark(
  clause: Clause,
  input: ClauseInput,
  applied: AppliedFinding | undefined,
  unit: string | null,
): ClauseRemark | null {
  if (!applied) return null;
  if (!applied.applied) return { kind: "excepted", unit: unit ?? "", except: clause.except ?? [] };
  const capped = applied.remark !== "";
  if (clause.kind === "per" && !clause.tiers) {
    const limit = countLimit(clause);
    if (!capped && (limit === null || input.count < limit)) return null;
    // At maxCount the count is what stopped; the points cap is what stopped when there is no maxCount, or when
    // the engine still capped a count within maxCount.
    const byPoints = clause.cap !== undefined && (clause.maxCount === undefined || (capped && input.count <= clause.maxCount));
    if (byPoints) return { kind: "points-limit", cap: clause.cap! };
    if (clause.maxCount !== undefined) return { kind: "count-limit", max: clause.maxCount, unit: clause.unit ?? "" };
    return null;
  }
  if (clause.kind === "bonus" && capped && clause.cap !== undefined) return { kind: "bonus-limit", cap: clause.cap };
  return null;
}

export function remarkText(s: Strings, remark: ClauseRemark): string {
  switch (remark.kind) {
    case "excepted":
      return s.excepted(remark.unit, remark.except);
    case "count-limit":
      return s.countLimit(String(remark.max), remark.unit);
    case "points-limit":
      return s.pointsLimit(formatPoints(remark.cap));
    case "bonus-limit":
      return s.bonusLimit(formatPoints(remark.cap));
  }
}
