// Rules written once for the whole table, in a note or a 备注 cell: read by the layout, applied after the rows are scored.
import { checkSheet, resolveFindings, scoreSheet, type Finding, type SheetModel } from "../../../src/core";
import { inspect, type Row } from "./grid";

// A JGJ59 form as offices print it: the notes above the header, a 保证项目 block merged down, its 小计.
const JGJ59: Row[] = [
  ["塔吊检查评分表", null, null, null, null, null],
  [
    "注\n1、每项最多扣减分数不大于应得分数;\n2、保证项目有一项不得分或保证项目小计得分不足40分的,检查评分表计0分",
    null,
    null,
    null,
    null,
    null,
  ],
  ["序号", "检查项目", null, "扣分标准", "应得分数", "实得分数"],
  [1, "保证项目", "限制器", "无起重力矩限制器扣15分;不灵敏扣10分", 15, null],
  [2, null, "限位器", "无超高限位器扣10分;限位器不灵敏,每项扣3分", 15, null],
  [3, null, "保险装置", "吊钩无防脱钩装置扣10分;不符合规定扣5分", 10, null],
  [4, null, "司机与指挥", "司机无证上岗扣10分;有证未带证件上岗扣2分", 10, null],
  [5, null, "基础与附着架", "基础有积水扣3分;附着架连接不符合要求扣5分", 10, null],
  [null, "小计", null, null, 60, null],
];
const JGJ59_MERGES = ["A1:F1", "A2:F2", "B3:C3", "B4:B8", "B9:C9"];

function score(model: SheetModel, findings: Finding[]) {
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return scoreSheet(model, resolved, null);
}

describe("table-wide rules in a note (JGJ59: 保证项目 … 检查评分表计0分)", () => {
  const model = inspect(JGJ59, JGJ59_MERGES);
  const rule = "保证项目有一项不得分或保证项目小计得分不足40分的,检查评分表计0分";

  it("reads both conditions of the note above the header, with its cell", () => {
    expect(model.items.map((it) => [it.name, it.group])).toHaveLength(5);
    expect(model.sheetRules).toEqual([
      { kind: "zeroIfAnyZero", group: "保证项目", text: rule, cell: "A2" },
      { kind: "zeroIfGroupBelow", group: "保证项目", min: 40, text: rule, cell: "A2" },
    ]);
  });

  it("scores the sheet 0 when a 保证项目 row scores 0, the rows keeping their scores", () => {
    const result = score(model, [{ item: "限制器", clause: "无起重力矩限制器" }]);
    expect(result.items.map((it) => it.score)).toEqual([0, 15, 10, 10, 10]);
    expect(result.total).toBe(0);
    const said = result.problems.filter((p) => p.code === "sheet-rule-zeroed");
    expect(said.map((p) => [p.severity, p.cell, p.message])).toEqual([
      ["warning", "A2", `按表注“${rule}”：保证项目中“限制器”得 0 分，全表计 0 分（各项得分之和为 45）`],
    ]);
  });

  it("scores the sheet 0 when the 保证项目 rows add up to less than 40", () => {
    const result = score(model, [
      { item: "限制器", clause: "不灵敏扣10分" },
      { item: "限位器", clause: "无超高限位器" },
      { item: "保险装置", clause: "不符合规定扣5分" },
      { item: "司机与指挥", clause: "有证未带证件" },
      { item: "基础与附着架", clause: "附着架连接" },
    ]);
    expect(result.items.map((it) => it.score)).toEqual([5, 5, 5, 8, 5]);
    expect(result.total).toBe(0);
    expect(result.problems.find((p) => p.code === "sheet-rule-zeroed")?.args).toMatchObject({ groupSum: 28, min: 40, sum: 28 });
  });

  it("leaves the total alone when no row is at 0 and the sum reaches 40", () => {
    const result = score(model, [
      { item: "保险装置", clause: "不符合规定扣5分" },
      { item: "司机与指挥", clause: "有证未带证件" },
    ]);
    expect(result.total).toBe(53);
    expect(result.problems.map((p) => p.code)).not.toContain("sheet-rule-zeroed");
  });

  it("checks a sheet whose total the rule zeroed without calling it a mismatch", () => {
    const rows = JGJ59.map((r) => [...r]);
    [0, 15, 10, 10, 10, 0].forEach((v, i) => (rows[3 + i][5] = v));
    const problems = checkSheet(inspect(rows, JGJ59_MERGES));
    expect(problems.map((p) => p.code)).not.toContain("total-mismatch");
    expect(problems.filter((p) => p.code === "sheet-rule-zeroed").map((p) => [p.severity, p.cell])).toEqual([["info", "F9"]]);
    // The same 0 with every row above 0 and the sum over 40 is a mismatch.
    [5, 15, 10, 10, 10, 0].forEach((v, i) => (rows[3 + i][5] = v));
    expect(checkSheet(inspect(rows, JGJ59_MERGES)).map((p) => p.code)).toContain("total-mismatch");
  });

  it("reads no rule from a note that names no group of the table, or a minimum the group cannot reach", () => {
    const other = JGJ59.map((r) => [...r]);
    other[1][0] = "注：一般项目有一项不得分的,检查评分表计0分";
    expect(inspect(other, JGJ59_MERGES).sheetRules).toBeUndefined();
    other[1][0] = "注：保证项目小计得分不足80分的,检查评分表计0分";
    expect(inspect(other, JGJ59_MERGES).sheetRules).toBeUndefined();
    other[1][0] = "注：保证项目应逐项检查";
    expect(inspect(other, JGJ59_MERGES).sheetRules).toBeUndefined();
  });
});

describe("后3项积分不累加 in a 备注 cell merged over a section", () => {
  const rows: Row[] = [
    ["序号", "项目", "标准", "分值", "得分", "备注"],
    [1, "管理理念", "有明确的安全生产理念", 1, null, "后3项积分不累加。"],
    [null, null, "有完善的规章制度", 6, null, null],
    [null, null, "通过职业安全卫生管理体系认证", 3, null, null],
    [null, null, "通过安全标准化验收", 3, null, null],
    [null, null, "安全管理模式成效显著", 3, null, null],
  ];
  const merges = ["A2:A6", "B2:B6", "F2:F6"];
  const model = inspect(rows, merges);

  it("reads the last three items under the cell as counted once", () => {
    expect(model.items).toHaveLength(5);
    expect(model.sheetRules).toEqual([{ kind: "bestOnly", items: [2, 3, 4], text: "后3项积分不累加", cell: "F2" }]);
  });

  it("counts only the best of the three: the others score 0, full marks count the best once", () => {
    const result = scoreSheet(model, [], null);
    expect(result.items.map((it) => it.score)).toEqual([1, 6, 3, 0, 0]);
    expect(result.total).toBe(10);
    expect(result.max).toBe(10);
    expect(result.items[3].explanation).toBe("后3项积分不累加：只计“通过职业安全卫生管理体系认证”");
    expect(result.problems.map((p) => [p.code, p.cell])).toContainEqual(["sheet-rule-best-only", "F2"]);
  });

  it("does not call a section's written points wrong when the rule explains them (管理理念 (10分) over 16)", () => {
    const titled = rows.map((r) => [...r]);
    titled[1][1] = "管理理念 (10分)";
    expect(inspect(titled, merges).problems.map((p) => p.code)).not.toContain("group-points-mismatch");
    titled[1][5] = "备注";
    expect(inspect(titled, merges).problems.map((p) => p.code)).toContain("group-points-mismatch");
  });

  it("keeps the best one when the first of the three lost points", () => {
    const result = scoreSheet(model, [{ itemIndex: 2, clauseIndex: 0, count: 1, score: 1 }], null);
    expect(result.items.map((it) => it.score)).toEqual([1, 6, 0, 3, 0]);
    expect(result.items[2].explanation).toContain("只计“通过安全标准化验收”");
    expect(result.total).toBe(10);
  });
});
