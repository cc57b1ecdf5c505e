import { DEDUCT, NUM, span, type Recognizer } from "./recognized";

// 扣1-3分, 酌情扣1～5分, 扣1至3分: the assessor chooses within the range.
const RANGE = new RegExp(`${DEDUCT}${NUM}分?(?:-|~|至|到)${NUM}分`);

const HINT = /[-~至到]/;

export const recognizeRange: Recognizer = (rule) => {
  const m = HINT.test(rule) ? RANGE.exec(rule) : null;
  if (!m) return null;
  const min = Number(m[1]);
  const max = Number(m[2]);
  if (!(max > min)) return null;
  return { kind: "range", amount: null, min, max, ...span(m) };
};
