// Items under categories: merged or carried category cells become the item's group and path, never the item.
import { codes, inspect, namesAndPoints } from "./grid";

describe("items in a hierarchy", () => {
  it("reads a vertical category merged down beside the item column under one 检查项目 header (JGJ 59 form)", () => {
    const model = inspect(
      [
        ["序号", "检查项目", null, "扣分标准", "应得分数", "扣减分数", "实得分数"],
        [1, "保\n证\n项\n目", "安全生产责任制", "未建立安全生产责任制扣10分", 10, null, null],
        [2, null, "施工组织设计", "未编制施工组织设计扣10分", 10, null, null],
        [3, "一般\n项目", "安全标志", "未设置安全标志扣5分", 5, null, null],
        [null, null, "小计", null, 25, null, null],
        [null, "检查项目合计", null, null, 25, null, null],
      ],
      ["B1:C1", "B2:B3", "B4:B4", "B6:C6"],
    );
    expect(model.layout.itemColumns).toEqual([2, 3]);
    expect(model.layout.columns).toMatchObject({ index: 1, item: 3, criteria: 4, points: 5, deduction: 6, score: 7 });
    expect(model.items.map((it) => [it.name, it.points, it.group, it.path])).toEqual([
      ["安全生产责任制", 10, "保证项目", ["保证项目"]],
      ["施工组织设计", 10, "保证项目", ["保证项目"]],
      ["安全标志", 5, "一般项目", ["一般项目"]],
    ]);
    expect(model.declaredTotal).toBe(25);
    expect(model.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("takes the requirement rows under a merged category as the items, never summing them into one", () => {
    const rows = [
      ["考核项目", "考核内容", "评分标准", "分值", "得分"],
      ["计划生育(30分)", "出生政策符合率", "符合率每低1个百分点扣1分", 10, null],
      [null, "统计准确", "漏报一例扣2分", 10, null],
      [null, "宣传到位", "未开展宣传的扣10分", 10, null],
      ["综治(10分)", "矛盾调解", "发生越级上访的扣5分", 10, null],
    ];
    const model = inspect(rows, ["A2:A4"]);
    expect(model.items.map((it) => [it.name, it.points, it.group])).toEqual([
      ["出生政策符合率", 10, "计划生育(30分)"],
      ["统计准确", 10, "计划生育(30分)"],
      ["宣传到位", 10, "计划生育(30分)"],
      ["矛盾调解", 10, "综治(10分)"],
    ]);
    expect(model.pointsSum).toBe(40);
    expect(model.problems.map((p) => p.code)).not.toContain("group-points-mismatch");
  });

  it("checks a category's written total against its items", () => {
    const model = inspect(
      [
        ["考核项目", "考核内容", "评分标准", "分值", "得分"],
        ["计划生育(30分)", "出生政策符合率", "符合率每低1个百分点扣1分", 10, null],
        [null, "统计准确", "漏报一例扣2分", 10, null],
        [null, "宣传到位", "未开展宣传的扣5分", 5, null],
      ],
      ["A2:A4"],
    );
    expect(codes(model)).toContainEqual(["warning", "group-points-mismatch", "A2"]);
    expect(model.problems.find((p) => p.code === "group-points-mismatch")?.args).toEqual({
      group: "计划生育(30分)",
      cell: "A2",
      points: 30,
      sum: 25,
    });
  });

  it("reads three levels: 一级指标 · 二级指标 · 考核要点, with the points beside the finest", () => {
    const model = inspect(
      [
        ["一级指标", "二级指标", "考核要点", "评分标准", "分值", "得分"],
        ["班级管理", "常规管理", "早读", "早读无人组织的扣1分", 2, null],
        [null, null, "卫生", "卫生检查不合格的每次扣0.5分", 3, null],
        [null, "安全教育", "安全班会", "未开安全班会的扣2分", 5, null],
        ["学生发展", "学业", "成绩", "平均分低于年级的扣3分", 10, null],
      ],
      ["A2:A4", "B2:B3"],
    );
    expect(model.layout.itemColumns).toEqual([1, 2, 3]);
    expect(model.items.map((it) => [it.name, it.points, it.group, it.path])).toEqual([
      ["早读", 2, "常规管理", ["班级管理", "常规管理"]],
      ["卫生", 3, "常规管理", ["班级管理", "常规管理"]],
      ["安全班会", 5, "安全教育", ["班级管理", "安全教育"]],
      ["成绩", 10, "学业", ["学生发展", "学业"]],
    ]);
    expect(model.pointsSum).toBe(20);
  });

  it("carries a category written once over blank cells below it", () => {
    const model = inspect([
      ["类别", "项目", "评分标准", "分值", "得分"],
      ["基础管理", "制度", "无制度的扣5分", 5, null],
      [null, "台账", "台账不全的扣3分", 5, null],
      ["现场管理", "通道", "通道堵塞的扣5分", 5, null],
    ]);
    expect(model.items.map((it) => [it.name, it.group])).toEqual([
      ["制度", "基础管理"],
      ["台账", "基础管理"],
      ["通道", "现场管理"],
    ]);
  });

  it("keeps one item when only its rules are one a row and its points are merged with it", () => {
    const model = inspect(
      [
        ["目标项目", "评分标准", "分值", "得分"],
        ["党员教育", "未制定计划的扣2分", 10, null],
        [null, "少一次扣0.5分", null, null],
      ],
      ["A2:A3", "C2:C3", "D2:D3"],
    );
    expect(namesAndPoints(model)).toEqual([["党员教育", 10]]);
    expect(model.items[0]?.clauses).toHaveLength(2);
  });
});
