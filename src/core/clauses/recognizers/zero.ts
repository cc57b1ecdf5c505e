import type { Recognizer } from "./recognized";

// The row scores 0: 不得分, 本项不得分, 扣除本项全部分值, 本项得0分.
const ZERO =
  /不得分|不计分|扣除(?:本|该|此)项(?:的)?全部分(?:值|数)?|(?:本|该|此)项(?:分值)?全(?:部)?扣|(?:本|该|此)项(?:得|计)0分|扣完本项(?:全部)?分(?:值|数)?/;

const HINT = /不得分|不计分|全部分|全扣|0分|扣完本项/;

export const recognizeZero: Recognizer = (rule) => (HINT.test(rule) && ZERO.test(rule) ? { kind: "zero", amount: null } : null);
