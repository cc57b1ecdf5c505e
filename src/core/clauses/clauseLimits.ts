import { mulExact } from "../exact";
import type { Clause, Item } from "../types";

/** Most a clause can deduct from a row of `points` (Infinity when nothing written bounds it). */
export function maxDeduction(clause: Clause, points: number): number {
  switch (clause.kind) {
    case "deduct":
      return clause.each ? Infinity : (clause.amount ?? 0);
    case "per": {
      if (clause.tiers?.some((t) => t.zero)) return points;
      if (clause.tiers) return Math.max(...clause.tiers.map((t) => t.amount));
      const steps = clause.maxCount !== undefined ? Math.floor(clause.maxCount / (clause.step ?? 1)) : Infinity;
      const byCount = steps < Infinity && clause.amount !== null ? mulExact(clause.amount, steps) : Infinity;
      return Math.min(byCount, clause.cap ?? Infinity);
    }
    // An award not met loses its points; a level can bring the row down to its lowest score.
    case "award":
      return Math.min(clause.amount ?? points, points);
    case "level":
      return Math.max(0, points - Math.min(...(clause.levels ?? []).map((l) => (l.full ? points : l.score))));
    case "range":
      return clause.max ?? 0;
    case "manual":
    case "zero":
      return points;
    default:
      return 0;
  }
}

/**
 * Most a bonus clause adds to a row of `points`: its stated cap or range top; else the row's points, or on a 加分项
 * row with no points of its own, its amount once.
 */
export function bonusCap(clause: Clause, points: number | null): number {
  return clause.cap ?? clause.max ?? (points ? points : (clause.amount ?? 0));
}

/**
 * Most occurrences of a per clause that can still change the score: its own maxCount; else as many as it takes to
 * reach its cap (每次扣2分，最多扣3分 → 2) or, given the item, the row's points (每项扣1分，扣完为止 on 5 points → 5).
 * Tiered clauses stop at their last tier. Null when nothing bounds it.
 */
export function countLimit(clause: Clause, item?: Pick<Item, "points">): number | null {
  if (clause.maxCount !== undefined) return clause.maxCount;
  // Tiers (一次扣3分，两次扣5分，三次以上不得分): counts past the last tier change nothing.
  if (clause.tiers && clause.tiers.length > 0) return Math.max(...clause.tiers.map((t) => t.count));
  const amount = clause.amount;
  if (!amount || amount <= 0) return null;
  const upTo = (points: number) => Math.max(1, Math.ceil(points / amount - 1e-9));
  const limits: number[] = [];
  if (clause.cap !== undefined) limits.push(upTo(clause.cap));
  if (item?.points != null && item.points > 0) limits.push(upTo(item.points));
  return limits.length > 0 ? Math.min(...limits) : null;
}

/** Largest amount a range or manual clause accepts: the range's top, else the clause's cap or the row's points. */
export function amountLimit(clause: Clause, item: Pick<Item, "points">): number | null {
  if (clause.kind === "range" && clause.max !== undefined) return clause.max;
  return clause.cap ?? item.points ?? null;
}

/** Largest amount an assessor may put in place of a deduct or per clause's own (改分): the row's points. */
export function overrideLimit(item: Pick<Item, "points">): number {
  return item.points ?? Infinity;
}

/** True when a unit ("嵯岗镇") is one of the names a clause excepts ("嵯岗"). */
export function isExcepted(clause: Clause, unit: string | null): boolean {
  if (!unit || !clause.except) return false;
  const core = unitCore(unit);
  return clause.except.some((name) => {
    const other = stripUnitSuffix(name);
    return other.length > 0 && core.length > 0 && (core.includes(other) || other.includes(core));
  });
}

// Scoring asks once per finding with the same unit: keep the last answer.
let lastUnit = "";
let lastCore = "";
function unitCore(unit: string): string {
  if (unit !== lastUnit) {
    lastUnit = unit;
    lastCore = stripUnitSuffix(unit);
  }
  return lastCore;
}

function stripUnitSuffix(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/(苏木|镇|乡|街道|社区|嘎查|村|党支部|支部|党委)$/, "");
}
