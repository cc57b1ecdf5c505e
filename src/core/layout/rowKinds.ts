import { normalizeKey } from "../text/normalize";

const TOTAL = /^(合计|总计|总分|总评分|总得分|得分合计|分值合计|总成绩|得分总计)/;
const FOOTER = /^(考核人|考评人|考核组|考核小组|评分人|审核人|复核人|检查人|被考核单位|负责人|签字|签名|填表人|日期|考核时间|考核日期)/;
const NUMBERING = /^(?:\((\d{1,3}|[一二三四五六七八九十]{1,3})\)|(\d{1,3}|[一二三四五六七八九十]{1,3})[、.．)](?!\d))\s*/;
const POINTS_IN_TEXT = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;

const SUBTOTAL = /^(小计|分项合计|分项小计|小结)/;

// Each test runs on every row of the table: look at the first character before folding the text.
function startsLike(text: string, firsts: string, pattern: RegExp): boolean {
  const first = text.trimStart()[0];
  return first !== undefined && firsts.includes(first) && pattern.test(normalizeKey(text));
}

export function isSubtotalLabel(text: string): boolean {
  return startsLike(text, "小分", SUBTOTAL);
}

export function isTotalLabel(text: string): boolean {
  return startsLike(text, "合总得分", TOTAL);
}

export function isFooterLabel(text: string): boolean {
  return startsLike(text, "考评审复检被负签填日", FOOTER);
}

/** "13、党员队伍建设" → { no: "13", name: "党员队伍建设" }. */
export function splitNumbering(text: string): { no: string | null; name: string } {
  const m = NUMBERING.exec(text);
  return m ? { no: m[1] ?? m[2], name: text.slice(m[0].length).trim() } : { no: null, name: text };
}

/** "床铺(20 分)" → { points: 20, name: "床铺" }. */
export function splitPointsInText(text: string): { points: number | null; name: string } {
  if (!text.includes("分")) return { points: null, name: text };
  const normalized = text.normalize("NFKC");
  const m = POINTS_IN_TEXT.exec(normalized);
  return m ? { points: Number(m[1]), name: normalized.replace(m[0], "").trim() } : { points: null, name: text };
}
