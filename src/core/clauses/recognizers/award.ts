import { AWARD_VERB } from "../vocabulary";
import { NUM, span, type Recognizer } from "./recognized";

// 无事故得20分, …计7分, 完成得2分: positive wording, points the row earns when the condition holds.
const AWARD = new RegExp(`${AWARD_VERB}${NUM}分(?=$|[,;。(])`);

export const recognizeAward: Recognizer = (rule) => {
  if (/扣/.test(rule) || !/[得计给]/.test(rule)) return null;
  const m = AWARD.exec(rule);
  return m ? { kind: "award", amount: Number(m[1]), ...span(m) } : null;
};
