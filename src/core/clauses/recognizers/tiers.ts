import type { Tier } from "../../types";
import { UNIT } from "../vocabulary";
import { DEDUCT, NUM, POINTS_UNIT, type Recognizer } from "./recognized";

// 一次扣3分,两次扣5分,三次以上不得分; 一项扣2分,两项扣5分: the amount depends on how many, not count × amount.
const TIER = new RegExp(`(?<![\\d.第])(\\d+)(${UNIT})(及?以上)?[^,;]*?(?:${DEDUCT}${NUM}${POINTS_UNIT}|(不得分))`, "g");

export const recognizeTiers: Recognizer = (rule) => {
  // Two amounts at least: two 扣, or a 扣 and a 不得分.
  const first = rule.indexOf("扣");
  if (first < 0 || (rule.indexOf("扣", first + 1) < 0 && !rule.includes("不得分")) || !/\d/.test(rule)) return null;
  const byUnit = new Map<string, { tiers: Tier[]; start: number; end: number }>();
  for (const m of rule.matchAll(TIER)) {
    const tier: Tier = { count: Number(m[1]), amount: m[4] ? Number(m[4]) : 0 };
    if (m[3]) tier.orMore = true;
    if (m[5]) tier.zero = true;
    const start = m.index ?? 0;
    const group = byUnit.get(m[2]) ?? { tiers: [], start, end: start };
    group.tiers.push(tier);
    group.end = start + m[0].length;
    byUnit.set(m[2], group);
  }
  for (const [unit, group] of byUnit) {
    if (unit === "%" || unit.endsWith("百分点")) continue;
    const counts = new Set(group.tiers.map((t) => t.count));
    if (group.tiers.length < 2 || counts.size !== group.tiers.length) continue;
    const tiers = [...group.tiers].sort((a, b) => a.count - b.count);
    return { kind: "per", amount: tiers[0].amount, unit, tiers, start: group.start, end: group.end };
  }
  return null;
};
