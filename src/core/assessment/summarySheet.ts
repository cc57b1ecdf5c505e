// The 汇总 sheet: one row per unit with its item scores, 加分, 总分, ranks and 等次, the quota notes under it and a
// bar chart of the totals. Where a unit's scores live on a sheet of the same workbook (the pane), its item cells
// are formulas that point there, so a later correction of that sheet shows in the summary; ranks and grades are
// values, refreshed by 重新汇总.
import { a1, columnLetter } from "../a1";
import { subExact } from "../exact";
import type { Summary } from "../summary/types";
import type { CellValue } from "../types";
import { OutputBuilder, sheetRef, type OutputSheet } from "./outputSheet";

/** Where one unit's item scores are in the workbook: its sheet and each item's 得分 cell (A1), by item name. */
export interface UnitLink {
  sheet: string;
  scoreCells: Map<string, string>;
}

export interface SummaryOptions {
  name?: string;
  /** By unit name; units without a link get plain values. */
  links?: Map<string, UnitLink>;
  /** Draw a bar chart of the totals (the pane); the command leaves it out. */
  chart?: boolean;
}

/** Lines under the table: how each quota was applied, ties included. */
export function quotaNotes(summary: Summary): string[] {
  return summary.quotas.map((q) => {
    const scope = q.class ?? "全部";
    const parts = [`${q.grade}限额：${scope} ${q.units} 个单位，最多 ${q.limit} 个；符合 ${q.qualifying} 个`];
    if (q.dropped.length > 0) parts.push(`${q.dropped.join("、")} 降为${q.droppedTo}`);
    if (q.tie) parts.push(`${q.tie.units.join("、")} 同为 ${q.tie.total} 分，按规定${q.tie.rule === "keep" ? "均保留" : "均降档"}`);
    return parts.join("；");
  });
}

/** The 汇总 table as plain rows: the header first, one row per unit. */
export function summaryTable(summary: Summary): CellValue[][] {
  const hasClasses = summary.classes.length > 0;
  const hasSelf = summary.rows.some((r) => r.selfTotal !== null);
  const header: CellValue[] = [
    "序号",
    "单位",
    ...(hasClasses ? ["类别"] : []),
    ...summary.items.map((it) => (it.points === null ? it.name : `${it.name}（${it.points}分）`)),
    "加分",
    "总分",
    "排名",
    ...(hasClasses ? ["类内排名"] : []),
    "等次",
    "一票否决",
    ...(hasSelf ? ["自评总分", "自评差额"] : []),
  ];
  const rows = summary.rows.map((r): CellValue[] => [
    r.no,
    r.unit,
    ...(hasClasses ? [r.class ?? ""] : []),
    ...r.items,
    r.bonus,
    r.total,
    r.rank,
    ...(hasClasses ? [r.classRank] : []),
    r.grade,
    r.vetoed ? "是" : "",
    ...(hasSelf ? [r.selfTotal, r.selfGap] : []),
  ]);
  return [header, ...rows];
}

export function summarySheet(summary: Summary, options: SummaryOptions = {}): OutputSheet {
  const table = summaryTable(summary);
  const header = table[0];
  const widths = header.map((h, i) => (i === 1 ? 14 : i < 1 ? 6 : Math.min(16, Math.max(6, String(h).length + 2))));
  const out = new OutputBuilder(options.name ?? "汇总", widths, { landscape: true, printTitleRows: "2:2" });
  out.line(summary.title, { bold: true });
  out.row(header, { bold: true });
  const firstItemCol = summary.classes.length > 0 ? 4 : 3;
  const totalCol = header.indexOf("总分") + 1;
  out.numberFormat(totalCol, "0.00");
  const gapCol = header.indexOf("自评差额") + 1;
  if (gapCol > 0) out.numberFormat(gapCol, "0.00");
  summary.rows.forEach((r, i) => {
    const row = out.row(table[i + 1]);
    const link = options.links?.get(r.unit);
    if (!link) return;
    const itemCells: string[] = [];
    summary.items.forEach((item, k) => {
      const address = link.scoreCells.get(item.name);
      if (!address) return;
      out.formula(row, firstItemCol + k, `=${sheetRef(link.sheet, address)}`);
      itemCells.push(a1(row, firstItemCol + k));
    });
    if (r.vetoed || itemCells.length !== summary.items.length) return;
    const capped = subExact(r.bonus, r.bonusFound);
    const from = a1(row, firstItemCol);
    const to = a1(row, firstItemCol + summary.items.length - 1);
    out.formula(row, totalCol, `=ROUND(SUM(${from}:${to})${capped === 0 ? "" : capped > 0 ? `+${capped}` : `${capped}`},2)`);
  });
  const lastUnitRow = out.nextRow - 1;
  const notes = quotaNotes(summary);
  if (notes.length > 0) {
    out.blank();
    for (const note of notes) out.line(note);
  }
  if (options.chart && summary.rows.length > 0) {
    out.blank();
    const col = columnLetter(totalCol);
    out.chart({
      title: `${summary.title} · 总分`,
      categories: `B3:B${lastUnitRow}`,
      values: `${col}3:${col}${lastUnitRow}`,
      anchor: `A${out.nextRow}`,
    });
  }
  return out.build();
}
