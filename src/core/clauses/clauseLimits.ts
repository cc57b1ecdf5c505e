import { mulExact } from "../exact";
import type { Clause } from "../types";

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
