import { isExcepted } from "../clauses/clauseLimits";
import { mulExact } from "../exact";
import type { Clause, ResolvedFinding } from "../types";

/** What one finding does to its row, before the row's own cap. */
export interface FindingEffect {
  deduct: number;
  bonus: number;
  zero: boolean;
  veto: boolean;
  applied: boolean;
  /** The count that counted, after maxCount. */
  counted: number;
  /** The clause's own limit (count or points) took effect. */
  hitCap: boolean;
  remark: string;
}

function tierAmount(clause: Clause, count: number): { amount: number; zero: boolean } {
  const tiers = clause.tiers ?? [];
  const reached = tiers.filter((t) => count >= t.count && (t.orMore || count === t.count || t === tiers[tiers.length - 1]));
  const tier = reached[reached.length - 1];
  return tier ? { amount: tier.amount, zero: Boolean(tier.zero) } : { amount: 0, zero: false };
}

export function applyFinding(clause: Clause, finding: ResolvedFinding, unit: string | null): FindingEffect {
  const none: FindingEffect = {
    deduct: 0,
    bonus: 0,
    zero: false,
    veto: false,
    applied: true,
    counted: finding.count,
    hitCap: false,
    remark: "",
  };
  if (isExcepted(clause, unit)) {
    return { ...none, applied: false, remark: `本条不适用于${unit}（${clause.except?.join("、")}除外）` };
  }
  const amount = finding.amount ?? clause.amount ?? 0;
  switch (clause.kind) {
    case "deduct":
      return /各扣/.test(clause.text) ? { ...none, deduct: mulExact(amount, finding.count) } : { ...none, deduct: amount, counted: 1 };
    case "per": {
      if (clause.tiers) {
        const tier = tierAmount(clause, finding.count);
        return { ...none, deduct: tier.amount, zero: tier.zero, remark: tier.zero ? "达到不得分档次" : "" };
      }
      const counted = clause.maxCount !== undefined ? Math.min(finding.count, clause.maxCount) : finding.count;
      let deduct = mulExact(amount, counted);
      let remark = counted < finding.count ? `最多计 ${clause.maxCount} ${clause.unit ?? "次"}` : "";
      if (clause.cap !== undefined && deduct > clause.cap) {
        deduct = clause.cap;
        remark = `本条最多扣 ${clause.cap} 分`;
      }
      return { ...none, deduct, counted, remark, hitCap: remark !== "" };
    }
    case "range":
    case "manual":
      return { ...none, deduct: amount, counted: 1 };
    case "zero":
      return { ...none, zero: true, counted: 1, remark: "本项不得分" };
    case "veto":
      return { ...none, veto: true, counted: 1, remark: "一票否决：总分为 0" };
    case "bonus": {
      let bonus = mulExact(amount, finding.count);
      let remark = "";
      if (clause.cap !== undefined && bonus > clause.cap) {
        bonus = clause.cap;
        remark = `加分封顶 ${clause.cap} 分`;
      }
      return { ...none, bonus, remark, hitCap: remark !== "" };
    }
    case "award":
      return { ...none, counted: 1, remark: "得分条件，不扣分" };
  }
}
