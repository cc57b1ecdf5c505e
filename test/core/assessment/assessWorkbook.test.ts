// The pane's whole-assessment view over one workbook: three unit sheets of the 2014 rubric, scored differently
// through the core, listed with their states, summarised with formulas that point at the unit sheets.
import { formatLogTime, inspectSheet, planWrites, resolveFindings, scoreSheet, validateRubric } from "../../../src/core";
import type { CellValue, Finding, SheetGrid } from "../../../src/core";
import { assessWorkbook, feedbackSheet, newUnitSheet, summarySheet, unitSheets, analysisSheet } from "../../../src/core/assessment";
import { withDefaults } from "../../../src/core/settings";
import { templateGrid } from "../../../src/xlsx/templateLayout";
import rubricJson from "../../../rubrics/2014-sumu-town.json";

const RUBRIC = validateRubric(rubricJson);

/** Applies a plan's writes to a grid (what a host does) and returns the new log. */
function score(grid: SheetGrid, log: CellValue[][] | null, findings: Finding[]): CellValue[][] {
  const model = inspectSheet(grid);
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  const plan = planWrites(model, scoreSheet(model, resolved, model.layout.unit), {
    existingLog: log,
    meta: { assessor: "张三", time: formatLogTime(new Date(2026, 10, 30, 10)) },
  });
  for (const w of plan.writes) {
    while (grid.values.length < w.row) grid.values.push([]);
    grid.values[w.row - 1][w.col - 1] = w.value;
  }
  return plan.log;
}

function workbook() {
  const a = templateGrid(RUBRIC, "嵯岗镇");
  a.name = "嵯岗镇";
  const b = templateGrid(RUBRIC, "罕达盖苏木");
  b.name = "罕达盖苏木";
  const c = templateGrid(RUBRIC, "阿木古郎镇");
  c.name = "阿木古郎镇";
  let log = score(a, null, [{ item: "党员队伍建设", clause: "发展党员工作不规范" }]); // −5 → 95
  log = score(b, log, [
    { item: "党员干部教育管理", clause: "少一次", count: 2 }, // −1
    { item: "后进嘎查", clause: "150平米", count: 6 }, // 6 × 2 = 12, capped at the row's 10 → −10
  ]); // → 89
  return { grids: [a, b, c, { name: "扣分明细", values: log }], a, b, c };
}

describe("the units of one workbook", () => {
  it("lists each unit sheet with its state and total; an unscored copy is 未评", () => {
    const { grids } = workbook();
    const units = unitSheets(grids);
    expect(units.map((u) => [u.sheet, u.unit, u.state, u.total, u.max])).toEqual([
      ["嵯岗镇", "嵯岗镇", "scored", 95, 100],
      ["罕达盖苏木", "罕达盖苏木", "scored", 89, 100],
      ["阿木古郎镇", "阿木古郎镇", "unscored", null, 100],
    ]);
  });

  it("summarises the scored units with ranks, grades and formulas that point at their sheets", () => {
    const { grids } = workbook();
    const assessment = assessWorkbook(grids, withDefaults({ grades: [{ name: "优秀", min: 90 }, { name: "良好", min: 80 }, { name: "不合格" }] }));
    expect(assessment.summary.rows.map((r) => [r.unit, r.total, r.rank, r.grade])).toEqual([
      ["嵯岗镇", 95, 1, "优秀"],
      ["罕达盖苏木", 89, 2, "良好"],
    ]);
    const sheet = summarySheet(assessment.summary, { links: assessment.links, chart: true });
    expect(sheet.rows[1].slice(0, 3)).toEqual(["序号", "单位", "落实党组织书记抓党建责任制（10分）"]);
    // row 3 is 嵯岗镇: its first item score points at 嵯岗镇!F4, 党员队伍建设 at F5
    expect(sheet.formulas).toEqual(
      expect.arrayContaining([
        { row: 3, col: 3, formula: "='嵯岗镇'!F4" },
        { row: 3, col: 4, formula: "='嵯岗镇'!F5" },
        { row: 4, col: 4, formula: "='罕达盖苏木'!F5" },
        { row: 3, col: 15, formula: "=ROUND(SUM(C3:M3),2)" },
      ]),
    );
    expect(sheet.rows[2][3]).toBe(5);
    expect(sheet.rows[2][14]).toBe(95);
    expect(sheet.chart).toEqual({ title: "考核结果汇总表 · 总分", categories: "B3:B4", values: "O3:O4", anchor: "A6" });
  });

  it("writes a feedback block per unit with its deductions as written, each on its own page", () => {
    const { grids } = workbook();
    const assessment = assessWorkbook(grids, withDefaults());
    const sheet = feedbackSheet(assessment.feedback, "2014年度苏木镇党建考核");
    const text = sheet.rows.map((r) => r.join("|"));
    expect(text.some((t) => t.includes("被考核单位：嵯岗镇") && t.includes("总分：95.00") && t.includes("排名：1"))).toBe(true);
    expect(text.some((t) => t.startsWith("1|党员队伍建设|") && t.includes("发展党员工作不规范") && t.endsWith("|1|5|"))).toBe(true);
    expect(text.some((t) => t.includes("150平米") && t.includes("|6|10|"))).toBe(true);
    expect(sheet.pageBreaks).toHaveLength(1);
    const analysis = analysisSheet(assessment.analysis);
    expect(analysis.rows.some((r) => r[1] === "后进嘎查村及软弱涣散党组织整顿" || String(r[1]).startsWith("后进嘎查"))).toBe(true);
  });
});

describe("a new unit sheet from a scored one", () => {
  it("names the unit after 被考核单位 and clears the scores, keeping formulas", () => {
    const { a } = workbook();
    const made = newUnitSheet(a, "新华社区", ["嵯岗镇", "罕达盖苏木"]);
    expect(made.name).toBe("新华社区");
    const unitEdit = made.edits.find((e) => e.row === 2);
    expect(unitEdit?.value).toBe("被考核单位：新华社区　考核时间：");
    const blank = templateGrid(RUBRIC);
    expect(newUnitSheet(blank, "新华社区", []).edits.find((e) => e.row === 2)?.value).toBe("被考核单位：新华社区　考核时间：");
    expect(made.edits).toEqual(expect.arrayContaining([{ row: 5, col: 6, value: null }]));
    expect(newUnitSheet(a, "嵯岗镇", ["嵯岗镇"]).name).toBe("嵯岗镇(2)");
    expect(newUnitSheet(a, "a/b:c", []).name).toBe("abc");
  });
});
