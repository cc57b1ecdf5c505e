import { NUM, POINTS_UNIT, type Recognizer } from "./recognized";

// 加1分, 奖1分(封顶1分), 另加2分; not 参加/增加/追加 (taking part, increasing).
const BONUS = new RegExp(`(?<![参增追添附])(?:加|奖励?)${NUM}${POINTS_UNIT}`);

export const recognizeBonus: Recognizer = (rule) => {
  if (!/[加奖]/.test(rule)) return null;
  if (/扣/.test(rule.replace(/扣完为止/g, ""))) return null;
  const m = BONUS.exec(rule);
  if (!m) return null;
  const per = /每/.test(rule);
  return { kind: "bonus", amount: Number(m[1]), ...(per ? { unit: unitOf(rule) } : {}) };
};

function unitOf(rule: string): string {
  return /每\d*(个|次|项|例|处|人|名|条|篇|份|户|件)/.exec(rule)?.[1] ?? "次";
}
