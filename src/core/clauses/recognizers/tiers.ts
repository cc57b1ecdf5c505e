import type { Tier } from "../../types";
import { DEDUCT, NUM, POINTS_UNIT, type Recognizer } from "./recognized";

// 一次扣3分,两次扣5分,三次以上不得分: the amount depends on how many times, not count × amount.
const TIER = new RegExp(`(\\d+)次(及?以上)?[^,;]*?(?:${DEDUCT}${NUM}${POINTS_UNIT}|(不得分))`, "g");

export const recognizeTiers: Recognizer = (rule) => {
  const first = rule.indexOf("次");
  if (first < 0 || first === rule.lastIndexOf("次")) return null;
  const tiers: Tier[] = [];
  for (const m of rule.matchAll(TIER)) {
    const tier: Tier = { count: Number(m[1]), amount: m[3] ? Number(m[3]) : 0 };
    if (m[2]) tier.orMore = true;
    if (m[4]) tier.zero = true;
    tiers.push(tier);
  }
  if (tiers.length < 2) return null;
  tiers.sort((a, b) => a.count - b.count);
  return { kind: "per", amount: tiers[0].amount, unit: "次", tiers };
};
