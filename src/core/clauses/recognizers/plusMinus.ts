import { span, type Recognizer } from "./recognized";

// 加：满意度高于95% / 减：满意度低于95%: conditions for adding or taking off points, the assessor sizes the amount.
const PLUS_MINUS = /^([加减])分?[:：]/;

export const recognizePlusMinus: Recognizer = (rule) => {
  const m = rule.startsWith("加") || rule.startsWith("减") ? PLUS_MINUS.exec(rule) : null;
  if (!m) return null;
  return { kind: m[1] === "加" ? "bonus" : "manual", amount: null, ...span(m) };
};
