import { REDUCE } from "../vocabulary";
import { DEDUCT, NUM, POINTS_UNIT, type Recognized, type Recognizer } from "./recognized";

// …的扣2分, …合作社扣2分, 各扣1.5分 (once per case named), 扣15 with 分 left out at the end of a rule, and 减1分.
const AMOUNT = `${NUM}(?:${POINTS_UNIT}|(?=$|[,;。)(]))`;
const FIXED = new RegExp(`${DEDUCT}${AMOUNT}`);
const REDUCED = new RegExp(`${REDUCE}${AMOUNT}`);

export const recognizeDeduct: Recognizer = (rule) => {
  const m = FIXED.exec(rule) ?? (rule.includes("减") ? REDUCED.exec(rule) : null);
  if (!m) return null;
  const each = m.index > 0 && rule.charCodeAt(m.index - 1) === 0x5404; // 各
  const found: Recognized = { kind: "deduct", amount: Number(m[1]), start: m.index, end: m.index + m[0].length };
  if (each) found.each = true;
  return found;
};
