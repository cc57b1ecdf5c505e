import { Workbook } from "exceljs";
import { inspectSheet, type SheetModel } from "../../src/core";
import { gridsFromWorkbook } from "../../src/xlsx";
import { rubric2014 } from "../fixtures/rubric2014";
import { roundTrip } from "../fixtures/workbooks";

/** A small scoring sheet written with exceljs: 项目 | 评分标准 | 分值 | 得分, a 合计 row, read back through xlsx. */
export async function smallSheet(rows: [string, string, number][], scores: (number | string | null)[] = []): Promise<SheetModel> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("测试");
  ws.addRow(["项目", "评分标准", "分值", "得分"]);
  rows.forEach(([name, criteria, points], i) => ws.addRow([name, criteria, points, scores[i] ?? null]));
  ws.addRow(["合计", null, rows.reduce((s, r) => s + r[2], 0), null]);
  const [grid] = gridsFromWorkbook(await roundTrip(wb));
  return inspectSheet(grid);
}

export async function model2014(build: () => Workbook, unit: string | null = null): Promise<SheetModel> {
  const grids = gridsFromWorkbook(await roundTrip(build()));
  return inspectSheet(grids[0], { rubric: rubric2014(), unit });
}
