// The 评分人明细 sheet of `kaohe combine`: one row per unit and part, each assessor's total, how they were
// combined, the part's result, its weight and the unit's combined total.
import type { CombinedUnit } from "../summary/combine";
import type { CellValue } from "../types";
import { OutputBuilder, type OutputSheet } from "./outputSheet";

const METHOD_NAME = { mean: "平均", trimmedMean: "去掉一个最高分和一个最低分后平均" } as const;

/** The 评分人明细 table: the header first. */
export function combinedTable(units: CombinedUnit[]): CellValue[][] {
  const header: CellValue[] = ["序号", "单位", "部分", "各评分人总分", "合并方式", "去掉的分数", "部分得分", "权重", "综合得分"];
  const rows: CellValue[][] = [];
  units.forEach((u, i) => {
    for (const p of u.parts) {
      rows.push([
        i + 1,
        u.unit,
        p.part ?? "",
        p.assessors.map((a) => `${a.assessor} ${a.total}`).join("；"),
        METHOD_NAME[p.total.method],
        p.total.dropped.join("、"),
        p.total.value,
        p.weight,
        u.total,
      ]);
    }
    for (const missing of u.missingParts) rows.push([i + 1, u.unit, missing, "（缺）", "", "", 0, null, u.total]);
  });
  return [header, ...rows];
}

export function combinedSheet(units: CombinedUnit[], name = "评分人明细"): OutputSheet {
  const [header, ...rows] = combinedTable(units);
  const out = new OutputBuilder(name, [6, 14, 10, 30, 14, 12, 10, 8, 10], { landscape: true, printTitleRows: "2:2" });
  out.line("各评分人得分与合并", { bold: true });
  out.row(header, { bold: true });
  for (const row of rows) out.row(row);
  out.numberFormat(8, "0%");
  out.numberFormat(9, "0.00");
  return out.build();
}
