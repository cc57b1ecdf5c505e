import { BONUS_VERB, EACH_VERB, UNIT } from "../vocabulary";
import { NUM, POINTS_UNIT, span, type Recognizer } from "./recognized";

// 加1分, 奖1分(封顶1分), 另加2分, 每超额完成一例…奖一分; not 参加/增加/追加 (taking part, increasing).
const BONUS = new RegExp(`${BONUS_VERB}${NUM}${POINTS_UNIT}`);
const EACH_UNIT = new RegExp(`每${EACH_VERB}\\d*(${UNIT})`);

// 酌情加1-10分, 加1～3分: a bonus the assessor sizes within a range.
const BONUS_RANGE = new RegExp(`${BONUS_VERB}${NUM}分?[~-]${NUM}${POINTS_UNIT}`);

export const recognizeBonus: Recognizer = (rule) => {
  if (!/[加奖]/.test(rule)) return null;
  if (/扣/.test(rule.replace(/扣完为止/g, ""))) return null;
  const range = rule.includes("~") || rule.includes("-") ? BONUS_RANGE.exec(rule) : null;
  if (range && Number(range[2]) > Number(range[1])) {
    return { kind: "bonus", amount: null, min: Number(range[1]), max: Number(range[2]), ...span(range) };
  }
  const m = BONUS.exec(rule);
  if (!m) return null;
  const per = rule.includes("每");
  return { kind: "bonus", amount: Number(m[1]), ...(per ? { unit: EACH_UNIT.exec(rule)?.[1] ?? "次" } : {}), ...span(m) };
};
