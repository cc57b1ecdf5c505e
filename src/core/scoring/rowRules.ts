import type { Item } from "../types";

/**
 * Most a row can gain beyond its points: the largest stated bonus cap (or range top), or its points when a bonus
 * states none (a row with no points of its own, a 加分项 row: the bonus's amount, once); 0 without bonus.
 */
export function bonusRoom(item: Item): number {
  let room = 0;
  for (const clause of item.clauses) {
    if (clause.kind === "bonus") room = Math.max(room, clause.cap ?? clause.max ?? (item.points ? item.points : (clause.amount ?? 0)));
  }
  return room;
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
