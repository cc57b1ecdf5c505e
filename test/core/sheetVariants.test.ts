import { Workbook, type Worksheet } from "exceljs";
import { checkSheet, inspectSheet, planWrites, resolveFindings, scoreSheet, type Finding, type SheetModel } from "../../src/core";
import { gridsFromWorkbook } from "../../src/xlsx";
import { roundTrip } from "../fixtures/workbooks";

const meta = { assessor: "测试", time: "2026-11-27T00:00:00.000Z" };

async function modelOf(build: (ws: Worksheet) => void, name = "评分表"): Promise<SheetModel> {
  const wb = new Workbook();
  build(wb.addWorksheet(name));
  const [grid] = gridsFromWorkbook(await roundTrip(wb));
  return inspectSheet(grid);
}

function scored(model: SheetModel, findings: Finding[], unit: string | null = null) {
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return scoreSheet(model, resolved, unit);
}

describe("group and subtotal rows", () => {
  it("reads a row with points and no rule as a group when its items add up to it, and skips 小计 rows", async () => {
    const model = await modelOf((ws) => {
      ws.addRow(["序号", "考核项目", "评分标准", "分值", "得分"]);
      ws.addRow(["一", "组织建设", null, 20, null]);
      ws.addRow([1, "班子建设", "班子不团结的扣5分；制度不健全的扣7分", 12, null]);
      ws.addRow([2, "队伍建设", "发展党员不规范的扣8分", 8, null]);
      ws.addRow([null, "小计", null, 20, null]);
      ws.addRow(["二", "其他工作", null, 10, null]);
      ws.addRow([3, "宣传工作", "信息报送少于10篇的扣10分", 10, null]);
      ws.addRow(["合计", null, null, 30, null]);
    });
    expect(model.items.map((it) => [it.name, it.points, it.group])).toEqual([
      ["班子建设", 12, "一、组织建设"],
      ["队伍建设", 8, "一、组织建设"],
      ["宣传工作", 10, "二、其他工作"],
    ]);
    expect(model.pointsSum).toBe(30);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("keeps a row with points and no rule as an item when nothing under it adds up", async () => {
    const model = await modelOf((ws) => {
      ws.addRow(["项目", "评分标准", "分值", "得分"]);
      ws.addRow(["档案管理", "档案缺失的扣2分", 5, null]);
      ws.addRow(["其他工作", null, 5, null]);
      ws.addRow(["合计", null, 10, null]);
    });
    expect(model.items.map((it) => it.name)).toEqual(["档案管理", "其他工作"]);
    expect(model.problems.map((p) => p.code)).toContain("no-clauses");
  });
});

describe("加分项 and 一票否决 rows", () => {
  const build = (ws: Worksheet) => {
    ws.addRow(["项目", "评分标准", "分值", "得分"]);
    ws.addRow(["党建工作", "没有计划的扣5分；没有总结的扣5分", 10, null]);
    ws.addRow(["加分项", "工作经验被上级推广的加2分（封顶2分）", null, null]);
    ws.addRow(["否决项", "发生重大违纪问题的一票否决", null, null]);
    ws.addRow(["合计", null, 10, null]);
  };

  it("gives rows with only bonus or veto rules 0 points of their own, and adds the bonus", async () => {
    const model = await modelOf(build);
    expect(model.items.map((it) => it.points)).toEqual([10, 0, 0]);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
    const result = scored(model, [{ item: "党建工作", clause: 1 }, { item: "加分项", clause: 1 }]);
    expect(result.items.map((it) => it.score)).toEqual([5, 2, 0]);
    expect(result.total).toBe(7);
  });

  it("checks a vetoed or bonus sheet the command wrote without calling it wrong", async () => {
    const vetoed = await modelOf((ws) => {
      build(ws);
      ws.getCell("D2").value = 10;
      ws.getCell("D3").value = 2;
      ws.getCell("D4").value = 0;
      ws.getCell("D5").value = 0;
    });
    const codes = checkSheet(vetoed).map((p) => `${p.severity}:${p.code}`);
    expect(codes).toContain("info:total-vetoed");
    expect(codes.filter((c) => c.startsWith("error"))).toEqual([]);
  });
});

describe("score cells with formulas and user notes", () => {
  const build = (ws: Worksheet) => {
    ws.addRow(["项目", "评分标准", "分值", "扣分", "得分", "备注"]);
    ws.addRow(["学习", "学习少于10次的扣2分", 10, null, { formula: "C2-D2", result: 10 }, "市级重点"]);
    ws.addRow(["宣传", "信息报送不足的扣3分", 10, null, { formula: "C3-D3", result: 10 }, null]);
    ws.addRow(["合计", null, 20, null, { formula: "SUM(E2:E3)", result: 20 }, null]);
  };

  it("keeps a per-row score formula and writes the deduction it reads", async () => {
    const model = await modelOf(build);
    expect(model.items[0].scoreFormula).toBe("=C2-D2");
    const result = scored(model, [{ item: "宣传", clause: 1 }]);
    const plan = planWrites(model, result, { meta });
    expect(plan.conflicts).toEqual([]);
    expect(plan.writes.map((w) => [w.row, w.col, w.value])).toEqual([
      [2, 4, 0],
      [3, 4, 3],
      [3, 6, "信息报送不足的扣3分（扣3分）"],
    ]);
  });

  it("leaves a note the user wrote on a row with no findings alone", async () => {
    const model = await modelOf(build);
    const plan = planWrites(model, scored(model, [{ item: "宣传", clause: 1 }]), { meta });
    expect(plan.writes.some((w) => w.row === 2 && w.col === 6)).toBe(false);
    const onTheNote = planWrites(model, scored(model, [{ item: "学习", clause: 1 }]), { meta });
    expect(onTheNote.conflicts.map((c) => [c.code, c.cell])).toEqual([["cell-would-change", "F2"]]);
  });
});

describe("the unit", () => {
  const unitOf = async (rows: (string | null)[][], sheet = "评分表") =>
    (
      await modelOf((ws) => {
        rows.forEach((r) => ws.addRow(r));
        ws.addRow(["项目", "评分标准", "分值", "得分"]);
        ws.addRow(["党建", "没有计划的扣2分", 10, null]);
      }, sheet)
    ).layout.unit;

  it("reads it after the label, in the next cell, past a (盖章) remark, or falls back to the sheet name", async () => {
    expect(await unitOf([["被考核单位：嵯岗镇　　考核时间：2014年12月"]])).toBe("嵯岗镇");
    expect(await unitOf([["被考核单位：", "嵯岗镇", "考核时间：", "2014年"]])).toBe("嵯岗镇");
    expect(await unitOf([["被考核单位（盖章）：嵯岗镇"]])).toBe("嵯岗镇");
    expect(await unitOf([["被考核单位：（盖章）　　考核时间："]], "罕达盖苏木")).toBe("罕达盖苏木");
    expect(await unitOf([["被考核单位：", null, "考核时间："]])).toBeNull();
  });
});

describe("two-row header", () => {
  it("gives 得分 over 自评 | 复评 to 复评", async () => {
    const model = await modelOf((ws) => {
      ws.addRow(["项目", "评分标准", "分值", "得分", null]);
      ws.addRow([null, null, null, "自评", "复评"]);
      ws.mergeCells("A1:A2");
      ws.mergeCells("B1:B2");
      ws.mergeCells("C1:C2");
      ws.mergeCells("D1:E1");
      ws.addRow(["党建", "没有计划的扣2分", 10, 9, null]);
    });
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, selfScore: 4, score: 5 });
    expect(model.items).toHaveLength(1);
  });
});

describe("findings that cannot mean what they say", () => {
  const build = (ws: Worksheet) => {
    ws.addRow(["项目", "评分标准", "分值", "得分"]);
    ws.addRow(["党建", "没有计划的扣2分；集中活动少一次扣0.5分；本项最多扣10分", 10, null]);
    ws.addRow(["合计", null, 10, null]);
  };

  it("applies a fixed deduction once, refuses amounts on fixed clauses and fractional counts", async () => {
    const model = await modelOf(build);
    const { resolved, problems } = resolveFindings(model, [
      { item: "党建", clause: 1 },
      { item: "党建", clause: 1 },
      { item: "党建", clause: 1, amount: 7 },
      { item: "党建", clause: 2, count: 2.5 },
      { item: "党建", clause: 2, count: 2 },
      { item: "党建", clause: 2, count: 1 },
    ]);
    expect(problems.map((p) => p.code)).toEqual(["finding-duplicate", "finding-amount-invalid", "finding-count-invalid"]);
    expect(resolved).toEqual([
      { itemIndex: 0, clauseIndex: 1, count: 1 },
      { itemIndex: 0, clauseIndex: 2, count: 3 },
    ]);
  });

  it("says a row is capped only when it is, and logs what each finding really cost", async () => {
    const model = await modelOf(build);
    const once = scored(model, [{ item: "党建", clause: 1, count: 3 }]);
    expect(once.items[0]).toMatchObject({ deducted: 2, capped: false });
    expect(once.items[0].explanation).not.toContain("已扣满");
    const over = await modelOf((ws) => {
      ws.addRow(["项目", "评分标准", "分值", "得分"]);
      ws.addRow(["场所", "1个嘎查活动场所面积不达标的扣2分；未开展活动的不得分", 10, null]);
    });
    const result = scored(over, [{ item: "场所", clause: 1, count: 6 }, { item: "场所", clause: 2 }]);
    expect(result.applied.map((f) => f.effect)).toEqual([-10, 0]);
    const zeroFirst = scored(over, [{ item: "场所", clause: 2 }, { item: "场所", clause: 1, count: 1 }]);
    expect(zeroFirst.applied.map((f) => f.effect)).toEqual([-10, 0]);
  });

  it("refuses a finding on an item without points, so no total is made up", async () => {
    const model = await modelOf((ws) => {
      ws.addRow(["项目", "评分标准", "得分"]);
      ws.addRow(["党建", "没有计划的扣2分", null]);
      ws.addRow(["合计", null, null]);
    });
    const { problems } = resolveFindings(model, [{ item: "党建", clause: 1 }]);
    expect(problems.map((p) => p.code)).toEqual(["points-missing"]);
    const plan = planWrites(model, scoreSheet(model, [], null), { meta });
    expect(plan.writes).toEqual([]);
  });
});
