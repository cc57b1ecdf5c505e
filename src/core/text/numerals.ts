import { UNIT_START, ZH_NUMERAL } from "../clauses/vocabulary";

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 999 ("十五" → 15, "两" → 2, "半" → 0.5); null when it is not one. */
export function zhToNumber(text: string): number | null {
  if (text === "半") return 0.5;
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = current * 10 + DIGIT[ch];
    }
  }
  return total + current;
}

/**
 * A numeral before a counting word or 分 ("少一次", "扣两分", "每差一例", "每少一本"), or the low end of a deduction
 * range (扣一至三分: the 一 before 至/到/-/~; the 三 is caught by 分). Words like 一票否决, 一站式, 一年一评, 三送, 两委 match neither,
 * nor 百 in 百分点, 百分之, 百分比.
 */
const NUMERAL_BEFORE_UNIT = new RegExp(`(${ZH_NUMERAL})(?=${UNIT_START}|分(?![点之比率]))|(?<=扣[除减]?)(${ZH_NUMERAL})(?=[至到~-])`, "g");

const ANY_NUMERAL = /[零〇一二两三四五六七八九十百半]/;

/** Writes Chinese numerals that count something as digits, leaving words like 一票否决 or 一站式 alone. */
export function replaceZhNumerals(text: string): string {
  if (!ANY_NUMERAL.test(text)) return text;
  return text.replace(NUMERAL_BEFORE_UNIT, (word) => {
    const n = zhToNumber(word);
    return n === null ? word : String(n);
  });
}
