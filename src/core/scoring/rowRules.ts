import { bonusCap } from "../clauses/clauseLimits";
import { addExact } from "../exact";
import type { Item } from "../types";

/**
 * Most a row can gain beyond its points: the largest stated bonus cap (or range top), or its points when a bonus
 * states none (a row with no points of its own, a 加分项 row: the bonus's amount, once); 0 without bonus.
 */
export function bonusRoom(item: Item): number {
  let room = 0;
  for (const clause of item.clauses) {
    if (clause.kind === "bonus") room = Math.max(room, bonusCap(clause, item.points));
  }
  return room;
}

/** Highest score a row can be typed (or reach): its points and what its bonus clauses can add. */
export function typedScoreLimit(item: Item): number {
  return addExact(item.points ?? 0, bonusRoom(item));
}

/** The most deductions can take from a row: its points, or its own cap when lower (扣完为止 at the cap). */
export function deductionLimit(item: Pick<Item, "points" | "cap">): number {
  return Math.min(item.points ?? 0, item.cap ?? Infinity);
}

/**
 * True when the row's text scores it from zero up (the parser marks its awards `fromZero`: 从0分起评, 得分累加).
 * Otherwise award rows score from full marks down, and a finding on an award means its condition was not met.
 */
export function scoredFromZero(item: Item): boolean {
  if (item.points === null) return false;
  let fromZero = false;
  for (const clause of item.clauses) {
    if (clause.kind === "award") fromZero ||= Boolean(clause.fromZero);
    else if (clause.kind !== "manual" && clause.kind !== "bonus" && clause.kind !== "veto") return false;
  }
  return fromZero;
}
