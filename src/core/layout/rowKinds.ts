import { normalizeKey } from "../text/normalize";
import type { GridView } from "./gridView";

const TOTAL = /^(合计|总计|总分|总评分|总得分|得分合计|分值合计|总成绩|得分总计)/;
const FOOTER =
  /^(考核人|考评人|考核组|考核小组|评分人|审核人|复核人|检查人|被考核单位|被检查单位|负责人|项目负责人|签字|签名|填表人|记录人|日期|考核时间|考核日期|检查日期|检查时间|评分日期)/;
// Notes under the table ("注：…", "说明：…") end it as well, when written as a line of their own.
const NOTE_LINE = /^(注|说明|备注|附注)\d?[:：]/;
const NUMBERING = /^(?:\((\d{1,3}|[一二三四五六七八九十]{1,3})\)|(\d{1,3}|[一二三四五六七八九十]{1,3})[、.．)](?!\d))\s*/;
const POINTS_IN_TEXT = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;

const SUBTOTAL = /^(小计|分项合计|分项小计|小结)/;

// A label cell anywhere in the row: a short prefix (检查项目, 分项) then the label, then at most a number or a remark.
const TOTAL_ANYWHERE = /^.{0,6}?(小计|合计|总计|总分|综合得分|总得分|总评分|得分合计|总成绩|汇总)(?:[:：]?\d+(?:\.\d+)?分?|\(.*\))?[:：]?$/;
const TOTAL_CHARS = /[合总小计汇]/;

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
  return startsLike(text, "考评审复检被负签填日项记", FOOTER);
}

export function isNoteLine(text: string): boolean {
  return startsLike(text, "注说备附", NOTE_LINE);
}

/** "total" or "subtotal" when some cell of the row is a total label (检查项目合计, 小计, 合 计, 综合得分 …), else null. */
export function totalLabelOfRow(view: GridView, row: number): "total" | "subtotal" | null {
  const width = view.rowWidth(row);
  for (let col = 1; col <= width; col++) {
    const m = view.merge(row, col);
    if (m && m.left !== col) continue;
    // Cheap look at the raw value first: most cells are long rules or numbers, never worth folding here.
    const value = view.value(row, col);
    if (typeof value !== "string" || value.length > 40 || !TOTAL_CHARS.test(value)) continue;
    const text = view.text(row, col);
    if (text.length > 24) continue;
    const m2 = TOTAL_ANYWHERE.exec(normalizeKey(text));
    if (m2) return m2[1] === "小计" ? "subtotal" : "total";
  }
  return null;
}

/** A number written in a total label itself ("合计：100分", "总分(100分)"), else null. */
export function pointsInTotalLabel(text: string): number | null {
  const m = /(\d+(?:\.\d+)?)\s*分?\)?$/.exec(normalizeKey(text));
  return m ? Number(m[1]) : null;
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

/** Vertical text written one character a line ("保\n证\n项\n目") joined to one word; other text as it is. */
export function joinVertical(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  // A remark after the characters ("党\n的领\n导\n(10分)", "…\n100分\n(占20%)") does not stop the joining.
  const short = lines.filter((l) => l.length <= 2).length;
  return lines.length > 1 && short >= Math.max(2, lines.length - 2) ? lines.join("") : text;
}
