import { span, type Recognizer } from "./recognized";

// 酌情扣分, 视情况扣分: a deduction whose amount the assessor decides.
const DISCRETION = /(?:酌情|视情况?|视情节|根据情况)(?:予以)?(?:扣分|扣减|扣)/;

export const recognizeManual: Recognizer = (rule) => {
  const m = /酌情|视情|根据情况/.test(rule) ? DISCRETION.exec(rule) : null;
  return m ? { kind: "manual", amount: null, ...span(m) } : null;
};
