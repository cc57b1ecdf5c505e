import { addExact, parsePoints } from "../exact";
import type { PointsInvalidReason } from "../problemMessages";
import type { CellValue } from "../types";

const ERROR_VALUE = /^#(?:DIV\/0!|REF!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/i;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T|$)|^\d{4}\s*[年/.]\s*\d{1,2}\s*[月/.]\s*\d{1,2}\s*日?$/;

export type PointsRead = { points: number } | { points: null; reason?: PointsInvalidReason } | { blank: true };

/** 分值 as written in its cell: a number of at least 0, blank, or invalid with the reason when there is one. */
export function pointsOfCell(value: CellValue): PointsRead {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return { blank: true };
  const points = parsePoints(value);
  if (points !== null) return points < 0 ? { points: null, reason: "negative" } : { points };
  if (typeof value !== "string") return { points: null };
  const text = value.trim();
  if (ERROR_VALUE.test(text)) return { points: null, reason: "error-value" };
  if (DATE.test(text)) return { points: null, reason: "date" };
  return { points: null };
}

// "(5分)" at the start or end of a criteria line, "(2.5)" after a standard.
const LEADING = /^[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*/;
const MIDDLE = /^([^,，。;；:：()（）\d扣得计加减奖罚]{2,30}?)\s*(\d+(?:\.\d+)?)\s*分\s*(?=[(（])/;
const TOTAL_AT_END = /[(（][^()（）]*[,，;；]\s*(?:共|合计|满分|计)\s*(\d+(?:\.\d+)?)\s*分\s*[)）][。.；;]?$/;
const POINTS_WORD_FIRST = /^(?:基准分|满分|标准分|分值|本项|本项占|该项占)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(?:分|[。.，,;；])/;
const TRAILING = /\s*[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）][。.；;]?$/;

/**
 * Points written at the start or the end of a rule text, and the text without them; a cell of several standards,
 * each with its own "(1分)", holds their sum.
 */
export function pointsAtEnds(text: string): { points: number; rest: string } | null {
  if (!/[)）分占]/.test(text)) return null;
  if (text.includes("\n")) {
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    const each = lines.map(pointsOfLine);
    if (lines.length > 1 && each.every((e) => e !== null)) {
      const found = each as { points: number; rest: string }[];
      return { points: found.reduce((sum, e) => addExact(sum, e.points), 0), rest: found.map((e) => e.rest).join("\n") };
    }
  }
  return pointsOfLine(text);
}

function pointsOfLine(text: string): { points: number; rest: string } | null {
  const t = text.trim();
  const lead = LEADING.exec(t);
  if (lead) return { points: Number(lead[1]), rest: t.slice(lead[0].length).trim() };
  const trail = TRAILING.exec(t);
  if (trail) return { points: Number(trail[1]), rest: t.slice(0, trail.index).trim() };
  // "班子健全、职责明确 20分(每缺一名支委扣5分…)": a standard, its points, then its rules in brackets.
  // "(1个0.5分,共3分)": the row's total after its rule; "基准分15分。标准：…": the points named first.
  const whole = TOTAL_AT_END.exec(t) ?? POINTS_WORD_FIRST.exec(t);
  if (whole) return { points: Number(whole[1]), rest: t };
  const middle = MIDDLE.exec(t);
  if (middle) return { points: Number(middle[2]), rest: `${middle[1]}${t.slice(middle[0].length)}`.trim() };
  return null;
}
