// Header words of real tables: rule, points and score columns named in ways the first version did not know.
import { codes, inspect, namesAndPoints } from "./grid";

describe("header words", () => {
  it.each([
    ["考核细则", "标准分", "考核分"],
    ["具体操作", "总分值", "安评分"],
    ["標    準", "应得分", "核定分"],
    ["具体评价项目及评价细则", "应得分数", "实得分数"],
    ["扣分办法", "分值", "实得分"],
    ["考評內容", "分值", "实得分"],
    ["具體操作", "分值", "得分"],
  ])("reads %s / %s / %s as criteria, points and score", (criteria, points, score) => {
    const model = inspect([
      ["项目", criteria, points, score],
      ["安全制度", "未建立安全制度的扣5分", 10, null],
      ["安全教育", "未开展教育的扣5分", 10, null],
      ["合计", null, 20, null],
    ]);
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, score: 4 });
    expect(model.items.map((it) => it.name)).toEqual(["安全制度", "安全教育"]);
    expect(model.pointsSum).toBe(20);
    expect(model.declaredTotal).toBe(20);
  });

  it("reads 检查内容 as the rule column when no plainer rule column is beside it", () => {
    const model = inspect([
      ["检查项目", "检查内容", "标准分", "得分"],
      ["消防器材", "灭火器过期的每个扣1分", 5, null],
    ]);
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, score: 4 });
  });

  it("reads 检查内容 as the requirement when 扣分标准 is beside it", () => {
    const model = inspect([
      ["检查项目", "检查内容", "扣分标准", "标准分", "得分"],
      ["消防器材", "器材齐全有效", "灭火器过期的每个扣1分", 5, null],
    ]);
    expect(model.layout.columns).toMatchObject({ item: 1, requirement: 2, criteria: 3, points: 4, score: 5 });
  });

  it("reads 检查内容 as the item when 评分标准 is beside it and no column names the item", () => {
    const model = inspect([
      ["序号", "检查内容", "评分标准", "分值", "得分"],
      [1, "地面无污垢、无积水", "有污垢、积水,每处扣5分", 20, null],
      [2, "设施无灰尘", "有灰尘,每处扣10分", 20, null],
    ]);
    expect(model.layout.columns).toMatchObject({ index: 1, item: 2, criteria: 3, points: 4, score: 5 });
    expect(model.layout.columns.requirement).toBeUndefined();
    expect(model.items.map((it) => [it.no, it.name])).toEqual([
      ["1", "地面无污垢、无积水"],
      ["2", "设施无灰尘"],
    ]);
  });

  it("reads 扣减分数 as the deduction column, not the score", () => {
    const model = inspect([
      ["检查项目", "扣分标准", "应得分数", "扣减分数", "实得分数"],
      ["安全帽", "不戴安全帽的每人扣2分", 10, null, null],
    ]);
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, deduction: 4, score: 5 });
  });

  it("reads a checklist with points and scores but no rule column, items without clauses", () => {
    const model = inspect([
      ["序号", "检查项目", "标准分", "实得分"],
      [1, "门窗整洁", 10, null],
      [2, "地面干净", 10, null],
      [3, "物品摆放", 5, null],
      ["合计", null, 25, null],
    ]);
    expect(model.layout.columns).toMatchObject({ index: 1, item: 2, points: 3, score: 4 });
    expect(model.layout.columns.criteria).toBeUndefined();
    expect(model.items.map((it) => [it.name, it.points, it.clauses.length])).toEqual([
      ["门窗整洁", 10, 0],
      ["地面干净", 10, 0],
      ["物品摆放", 5, 0],
    ]);
    expect(codes(model).filter(([s]) => s !== "info")).toEqual([["warning", "column-missing", ""]]);
  });
});

describe("header words written oddly", () => {
  it("reads vertical headers copied out of order (得数应分 for 应得分数) by their characters", () => {
    const model = inspect([
      ["检查项目", "扣罚标准", "得数应分", "扣减分数", "得数实分"],
      ["安全帽", "不戴安全帽的每人扣2分", 10, null, null],
    ]);
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, deduction: 4, score: 5 });
  });

  it("names the second row of a two-row header as the header row, items below it", () => {
    const model = inspect(
      [
        ["评估项目", null, "评分标准", "分值", "得分"],
        ["一级指标", "二级指标", null, null, null],
        ["基本条件", "床位数", "不达标准不得分", 2, null],
      ],
      ["A1:B1", "C1:C2", "D1:D2", "E1:E2"],
    );
    expect(model.layout.headerRow).toBe(2);
    expect(model.layout.itemColumns).toEqual([1, 2]);
    expect(model.items.map((it) => [it.name, it.points, it.group])).toEqual([["床位数", 2, "基本条件"]]);
  });

  it("takes the first of the grade columns (A | B | C) as the points", () => {
    const model = inspect([
      ["序号", null, "A", "B", "C"],
      [1, "内容符合教学大纲要求", 5, 4, 3],
      [2, "按规定量布置作业,难易适度", 10, 8, 6],
    ]);
    expect(model.layout.columns).toMatchObject({ index: 1, item: 2, points: 3 });
    expect(namesAndPoints(model)).toEqual([
      ["内容符合教学大纲要求", 5],
      ["按规定量布置作业,难易适度", 10],
    ]);
  });
});
