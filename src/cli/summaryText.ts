import type { CombinedUnit, Summary, UnitFeedback, UnreadSheet } from "../core";
import { displayWidth } from "../xlsx/textWidth";
import { msg } from "./messages";
import type { Output } from "./output";
import { quotaNotes } from "../core";

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Rows of text as aligned columns. */
function columns(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** The summary as an aligned table, the quota notes under it. */
export function summaryText(summary: Summary): string {
  const hasClasses = summary.classes.length > 0;
  const hasSelf = summary.rows.some((r) => r.selfTotal !== null);
  const header = [
    "序号",
    "单位",
    ...(hasClasses ? ["类别"] : []),
    "总分",
    "排名",
    ...(hasClasses ? ["类内排名"] : []),
    "等次",
    "一票否决",
    ...(hasSelf ? ["自评差额"] : []),
  ];
  const rows = summary.rows.map((r) => [
    String(r.no),
    r.unit,
    ...(hasClasses ? [r.class ?? ""] : []),
    r.totalText,
    String(r.rank),
    ...(hasClasses ? [r.classRank === null ? "" : String(r.classRank)] : []),
    r.grade,
    r.vetoed ? "是" : "",
    ...(hasSelf ? [r.selfGap === null ? "" : String(r.selfGap)] : []),
  ]);
  return [summary.title, columns([header, ...rows]), ...quotaNotes(summary)].join("\n");
}

export function feedbackText(feedback: UnitFeedback[]): string {
  return feedback
    .map(
      (f) =>
        `${f.unit}：总分 ${f.totalText}，排名 ${f.rank}，等次 ${f.grade}，扣分 ${f.deductions.length} 条${f.selfHigher.length > 0 ? `，自评虚高 ${f.selfHigher.length} 项` : ""}`,
    )
    .join("\n");
}

export function combinedText(units: CombinedUnit[]): string {
  return units
    .map((u) => {
      const parts = u.parts.map(
        (p) => `${p.part ? `${p.part}：` : ""}${p.assessors.map((a) => `${a.assessor} ${a.total}`).join("、")} → ${p.total.value}`,
      );
      return `${u.unit}：${parts.join("；")}${u.missingParts.length > 0 ? `；缺 ${u.missingParts.join("、")}` : ""} → ${u.total}`;
    })
    .join("\n");
}

/** Files and sheets that could not be read, and what needs a look, on stderr. */
export function reportUnread(
  output: Output,
  unread: UnreadSheet[],
  warnings: UnreadSheet[],
  duplicates: { unit: string; sources: string[] }[],
): void {
  if (unread.length > 0) output.err([msg.unreadHeader(unread.length), ...unread.map((u) => `  ${u.source}：${u.reason}`)].join("\n"));
  const notes = [
    ...warnings.map((w) => `  ${w.source}：${w.reason}`),
    ...duplicates.map((d) => `  ${msg.duplicateUnit(d.unit, d.sources)}`),
  ];
  if (notes.length > 0) output.err([msg.warningsHeader(notes.length), ...notes].join("\n"));
}
