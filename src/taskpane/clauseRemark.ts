// What the pane says beside a ticked clause that did not count in full: the engine's remark code on the
// AppliedFinding (why), worded in the pane's language; plus the one thing only the pane knows, that the stepper
// stopped at the clause's limit (so the engine never saw more).
import { type AppliedFinding, type Clause, countLimit, type ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import type { Strings } from "./strings";

export type ClauseRemark =
  | { kind: "excepted"; unit: string; except: string[] }
  | { kind: "count-limit"; max: number; unit: string }
  | { kind: "points-limit"; cap: number }
  | { kind: "bonus-limit"; cap: number };

/**
 * Why a ticked clause does not count (in full), or null: the engine's remark when it is one the pane shows (not
 * applied for the unit, a count, points or bonus limit), else the stepper's limit once the count reaches it.
 */
export function clauseRemark(clause: Clause, input: ClauseInput, applied: AppliedFinding | undefined): ClauseRemark | null {
  if (!applied) return null;
  const why = applied.why;
  switch (why?.code) {
    case "excepted":
      return { kind: "excepted", unit: why.args.unit, except: [...why.args.except] };
    case "count-limit":
      return { kind: "count-limit", max: why.args.max, unit: why.args.unit ?? "" };
    case "points-limit":
      return { kind: "points-limit", cap: why.args.cap };
    case "bonus-limit":
      return { kind: "bonus-limit", cap: why.args.cap };
  }
  // The stepper stops at the clause's count limit, so the engine never saw more and has nothing to say: the pane does.
  if (clause.kind !== "per" || clause.tiers) return null;
  const limit = countLimit(clause);
  if (limit === null || input.count < limit) return null;
  if (clause.maxCount !== undefined) return { kind: "count-limit", max: clause.maxCount, unit: clause.unit ?? "" };
  if (clause.cap !== undefined) return { kind: "points-limit", cap: clause.cap };
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
