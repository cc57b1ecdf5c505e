import type { Clause } from "../../types";
import type { Modifiers } from "../modifiers";
import { applyModifiers } from "../reading";

export interface ParsedCriteria {
  clauses: Clause[];
  /** A cap on the whole row's deduction stated in the text (本项最多扣5分). */
  rowCap?: number;
}

function bearsDeduction(clause: Clause): boolean {
  return clause.kind !== "manual" && clause.kind !== "award" && clause.kind !== "level" && clause.kind !== "bonus";
}

function lastOf(clauses: Clause[], from: number, kind: Clause["kind"]): Clause | undefined {
  for (let i = clauses.length - 1; i >= from; i--) if (clauses[i].kind === kind) return clauses[i];
  return undefined;
}

/**
 * A rule that only limits ("扣完为止", "最多扣3分", "最多计3人", "加分累计不超2分", "(嵯岗除外)") belongs to a clause before
 * it, or to the row. `first` is the first clause of the rule it stands in. Returns false when it found no clause to
 * limit and should stand as a clause of its own.
 */
export function attachModifiers(result: ParsedCriteria, mods: Modifiers, text: string, first: number): boolean {
  const { clauses } = result;
  const previous = clauses[clauses.length - 1];
  if (mods.bonusScope && mods.cap !== undefined) {
    const bonus = lastOf(clauses, 0, "bonus");
    if (!bonus) return false;
    bonus.cap = mods.cap;
    bonus.text = `${bonus.text}；${text}`;
    return true;
  }
  const several = clauses.slice(first).filter(bearsDeduction).length + (lastOf(clauses, first, "bonus") ? 1 : 0) > 1;
  const clauseScoped = previous && !mods.rowScope && (mods.except || (!several && (previous.kind === "per" || previous.kind === "bonus")));
  if (clauseScoped && previous) {
    applyModifiers(previous, mods);
    previous.text = `${previous.text}；${text}`;
    return true;
  }
  // 最多计3人 counts occurrences: it can only limit a per clause, however many deductions stand beside it.
  const counted = mods.maxCount !== undefined ? lastOf(clauses, first, "per") : undefined;
  if (counted) {
    counted.maxCount = mods.maxCount;
    counted.text = `${counted.text}；${text}`;
  }
  if (mods.cap !== undefined) result.rowCap = mods.cap;
  if (mods.except && previous) applyModifiers(previous, mods);
  return true;
}
