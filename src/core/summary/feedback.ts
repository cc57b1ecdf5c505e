import { subExact } from "../exact";
import type { Summary, ScoredUnit, UnitDeduction } from "./types";

export interface SelfScoreGap {
  item: string;
  selfScore: number;
  score: number;
  /** selfScore − score, always positive here (自评虚高). */
  gap: number;
}

export interface UnitFeedback {
  unit: string;
  class: string | null;
  total: number;
  totalText: string;
  rank: number;
  classRank: number | null;
  grade: string;
  vetoed: boolean;
  /** Every deduction in the order recorded, the clause text as written. */
  deductions: UnitDeduction[];
  /** Bonus findings (加分), kept apart from the deductions. */
  bonuses: UnitDeduction[];
  /** Items where the unit's self-score is higher than the assessed score. */
  selfHigher: SelfScoreGap[];
}

/** Items whose self-score exceeds the assessed score. */
export function selfScoreGaps(unit: ScoredUnit): SelfScoreGap[] {
  return unit.items.flatMap((it) =>
    it.selfScore !== null && it.score !== null && it.selfScore > it.score
      ? [{ item: it.name, selfScore: it.selfScore, score: it.score, gap: subExact(it.selfScore, it.score) }]
      : [],
  );
}

/** 反馈单: one per unit, in the summary's order (units[i] is summary.rows[i]). */
export function buildFeedback(units: ScoredUnit[], summary: Summary): UnitFeedback[] {
  return units.map((unit, i) => {
    const row = summary.rows[i];
    return {
      unit: row.unit,
      class: row.class,
      total: row.total,
      totalText: row.totalText,
      rank: row.rank,
      classRank: row.classRank,
      grade: row.grade,
      vetoed: row.vetoed,
      deductions: unit.findings.filter((f) => f.effect < 0),
      bonuses: unit.findings.filter((f) => f.effect > 0),
      selfHigher: selfScoreGaps(unit),
    };
  });
}
