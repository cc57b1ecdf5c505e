import { mulExact } from "../exact";
import type { Clause } from "../types";

/** Most a clause can deduct from a row of `points` (Infinity when nothing written bounds it). */
export function maxDeduction(clause: Clause, points: number): number {
  switch (clause.kind) {
    case "deduct":
      return clause.amount ?? 0;
    case "per": {
      if (clause.tiers?.some((t) => t.zero)) return points;
      if (clause.tiers) return Math.max(...clause.tiers.map((t) => t.amount));
      const byCount = clause.maxCount !== undefined && clause.amount !== null ? mulExact(clause.amount, clause.maxCount) : Infinity;
      return Math.min(byCount, clause.cap ?? Infinity);
    }
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
  const core = stripUnitSuffix(unit);
  return clause.except.some((name) => {
    const other = stripUnitSuffix(name);
    return other.length > 0 && core.length > 0 && (core.includes(other) || other.includes(core));
  });
}

function stripUnitSuffix(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/(苏木|镇|乡|街道|社区|嘎查|村|党支部|支部|党委)$/, "");
}
