import { span, type Recognizer } from "./recognized";

// The row scores 0: 不得分, 本项不得分, 扣除本项全部分值, 扣除本条分值, 本项得0分, 发生事故,全部扣完.
const ZERO =
  /不得分|不计分|扣除(?:本|该|此)项(?:的)?全部分(?:值|数)?|(?:本|该|此)项(?:分值)?全(?:部)?扣|(?:本|该|此)项(?:得|计)0分|扣完本项(?:全部)?分(?:值|数)?|全部扣完$|分值全部扣除|扣除(?:本|该|此)[条项]分(?:值|数)/;

const HINT = /不得分|不计分|全部分|全扣|0分|扣完本项|全部扣|扣除[本该此]/;

export const recognizeZero: Recognizer = (rule) => {
  const m = HINT.test(rule) ? ZERO.exec(rule) : null;
  return m ? { kind: "zero", amount: null, ...span(m) } : null;
};
