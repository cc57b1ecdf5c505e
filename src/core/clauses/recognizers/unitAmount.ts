import { UNIT } from "../vocabulary";
import { NUM, POINTS_UNIT, span, type Recognizer } from "./recognized";

// 每节课1分, (1个0.5分,共3分): points per unit with no verb, each unit missing loses its points.
// A few characters may finish the unit's word (节课); 每月1分 is a period, not a unit, and never matches.
const UNIT_AMOUNT = new RegExp(`(?:^|[,(])(?:每|1)(${UNIT})[\\u4e00-\\u9fff]{0,2}?${NUM}${POINTS_UNIT}(?=$|[,;。)])`);
/** Any verb means another recogniser's phrasing (扣2分, 得2分, 加1分): this one reads only verbless amounts. */
const VERB = /[扣得计给加奖减]/;

export const recognizeUnitAmount: Recognizer = (rule) => {
  if (!rule.includes("分") || VERB.test(rule) || !(rule.includes("每") || rule.includes("1"))) return null;
  const m = UNIT_AMOUNT.exec(rule);
  return m ? { kind: "per", amount: Number(m[2]), unit: m[1], ...span(m) } : null;
};
