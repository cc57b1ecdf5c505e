import { DEDUCT, NUM, POINTS_UNIT, type Recognizer } from "./recognized";

// …的扣2分, …合作社扣2分, 各扣1.5分, and 扣15 with 分 left out at the end of a rule.
const FIXED = new RegExp(`${DEDUCT}${NUM}(?:${POINTS_UNIT}|(?=$|[,;。)(]))`);

export const recognizeDeduct: Recognizer = (rule) => {
  const m = FIXED.exec(rule);
  return m ? { kind: "deduct", amount: Number(m[1]) } : null;
};
