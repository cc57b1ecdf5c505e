import { inspectSheet, resolveFindings, scoreSheet, type Finding, type SheetModel } from "../../../src/core";

/** 项目 | 评分标准 | 分值 | 得分, one row per [name, criteria, points], and a 合计 row. */
export function sheet(rows: [string, string, number][]): SheetModel {
  const values = [["项目", "评分标准", "分值", "得分"], ...rows.map(([name, criteria, points]) => [name, criteria, points, null])];
  values.push(["合计", null, rows.reduce((s, r) => s + r[2], 0), null]);
  return inspectSheet({ name: "测试", values });
}

export function scored(model: SheetModel, findings: Finding[], unit: string | null = null) {
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems).toEqual([]);
  return scoreSheet(model, resolved, unit);
}
