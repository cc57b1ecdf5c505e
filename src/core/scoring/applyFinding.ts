import { bonusCap, isExcepted } from "../clauses/clauseLimits";
import { mulExact } from "../exact";
import { remarkOf, type Remark } from "../messages/remarkMessages";
import type { Clause, ResolvedFinding } from "../types";

/** What one finding does to its row, before the row's own cap. */
export interface FindingEffect {
  deduct: number;
  bonus: number;
  /** Points an award earns on a row scored from zero up. */
  award: number;
  /** The chosen level's score (level clauses). */
  level?: number;
  zero: boolean;
  veto: boolean;
  applied: boolean;
  /** The count that counted, after maxCount. */
  counted: number;
  /** The clause's own limit (count or points) took effect. */
  hitCap: boolean;
  /** The assessor's amount replaced the clause's own. */
  override: boolean;
  /** Why it moved less than asked, or what it chose (levels); null when it applied in full. */
  why: Remark | null;
}

/** How the row is scored, as far as one finding needs to know. */
export interface RowContext {
  unit: string | null;
  points: number;
  fromZero: boolean;
}

function tierAmount(clause: Clause, count: number): { amount: number; zero: boolean } {
  const tiers = clause.tiers ?? [];
  const reached = tiers.filter((t) => count >= t.count && (t.orMore || count === t.count || t === tiers[tiers.length - 1]));
  const tier = reached[reached.length - 1];
  return tier ? { amount: tier.amount, zero: Boolean(tier.zero) } : { amount: 0, zero: false };
}

// Past this an effect is far beyond any row's points; keeping to it keeps thousandths exact and counts like 1e9 finite.
const HUGE = 1e12;

/** amount × count, at most HUGE (a count of 1e300 neither overflows nor loses exactness). */
function times(amount: number, count: number): number {
  if (amount <= 0) return 0;
  return count >= HUGE / amount ? HUGE : Math.min(mulExact(amount, count), HUGE);
}

function perClause(clause: Clause, finding: ResolvedFinding, amount: number): Pick<FindingEffect, "deduct" | "counted" | "why" | "hitCap"> {
  const counted = clause.maxCount !== undefined ? Math.min(finding.count, clause.maxCount) : finding.count;
  const steps = clause.step ? Math.floor(counted / clause.step) : counted;
  let deduct = times(amount, steps);
  let why: Remark | null = counted < finding.count ? remarkOf("count-limit", { max: clause.maxCount!, unit: clause.unit }) : null;
  if (clause.cap !== undefined && deduct > clause.cap) {
    deduct = clause.cap;
    why = remarkOf("points-limit", { cap: clause.cap });
  }
  return { deduct, counted, why, hitCap: why !== null };
}

export function applyFinding(clause: Clause, finding: ResolvedFinding, row: RowContext): FindingEffect {
  // One object per finding, filled in place: scoring runs once per finding on sheets of thousands of rows.
  const e: FindingEffect = {
    deduct: 0,
    bonus: 0,
    award: 0,
    zero: false,
    veto: false,
    applied: true,
    counted: 1,
    hitCap: false,
    override: false,
    why: null,
  };
  if (isExcepted(clause, row.unit)) {
    e.applied = false;
    e.counted = finding.count;
    e.why = remarkOf("excepted", { unit: row.unit ?? "", except: clause.except ?? [] });
    return e;
  }
  e.override = finding.amount !== undefined && clause.amount !== null && (clause.kind === "deduct" || clause.kind === "per");
  const amount = finding.amount ?? clause.amount ?? 0;
  switch (clause.kind) {
    case "deduct":
      if (clause.each) {
        e.deduct = times(amount, finding.count);
        e.counted = finding.count;
      } else e.deduct = amount;
      return e;
    case "per": {
      e.counted = finding.count;
      if (clause.tiers && !e.override) {
        const tier = tierAmount(clause, finding.count);
        e.deduct = tier.amount;
        e.zero = tier.zero;
        if (tier.zero) e.why = remarkOf("tier-zero", {});
        return e;
      }
      const per = perClause(clause, finding, amount);
      e.deduct = per.deduct;
      e.counted = per.counted;
      e.why = per.why;
      e.hitCap = per.hitCap;
      return e;
    }
    case "range":
    case "manual":
      e.deduct = amount;
      return e;
    case "zero":
      e.zero = true;
      e.why = remarkOf("zero", {});
      return e;
    case "veto":
      e.veto = true;
      e.why = remarkOf("veto", {});
      return e;
    case "bonus": {
      // A bonus with no cap of its own adds at most the row's points; on a 加分项 row with no points of its own, once.
      const cap = bonusCap(clause, row.points);
      const asked = times(amount, finding.count);
      e.counted = finding.count;
      e.bonus = Math.min(asked, cap);
      if (asked > cap) {
        e.why = remarkOf("bonus-limit", { cap });
        e.hitCap = true;
      }
      return e;
    }
    case "award": {
      // From zero up the award is earned; from full marks down its condition was not met and its points are lost.
      const worth = clause.amount ?? row.points;
      if (row.fromZero) e.award = worth;
      else {
        e.deduct = worth;
        e.why = remarkOf("award-missed", {});
      }
      return e;
    }
    case "level": {
      const level = clause.levels?.[finding.level ?? 0];
      const score = level?.full ? row.points : (level?.score ?? 0);
      e.level = score;
      if (level) e.why = remarkOf("level-chosen", { label: level.label, score });
      return e;
    }
  }
}
