import type { CellValue, SheetGrid } from "../../../src/core";
import { rubric2014 } from "../../fixtures/rubric2014";

export const SHEET = "苏木镇考核";

/** The 2014 sheet as a grid: header in row 1, one row per item, 合计 last; `rows` edits the item rows first. */
export function grid2014(rows: (items: CellValue[][]) => CellValue[][] = (r) => r): SheetGrid {
  const items = rubric2014().items.map((it): CellValue[] => [
    it.name,
    it.requirement ?? null,
    it.criteria,
    it.method ?? null,
    it.points,
    null,
  ]);
  const body = rows(items);
  const sum = body.reduce((s, r) => s + (typeof r[4] === "number" ? r[4] : 0), 0);
  return {
    name: SHEET,
    values: [["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"], ...body, ["合计", null, null, null, sum, null]],
  };
}
