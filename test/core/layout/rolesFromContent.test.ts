// Columns whose header says nothing useful get their role from what their cells hold, with a warning naming the guess.
import { findScoringSheet } from "../../../src/core";
import { codes, grid, inspect } from "./grid";

describe("column roles from content", () => {
  it("takes the column of deduction phrases as the rule column when its header is no rule word", () => {
    const model = inspect([
      ["项目", "内容", "分值", "得分"],
      ["卫生", "地面有垃圾的扣2分", 10, null],
      ["纪律", "迟到一次扣1分", 10, null],
      ["安全", "发现隐患未整改的扣5分", 10, null],
    ]);
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, score: 4 });
    expect(model.layout.columns.requirement).toBeUndefined();
    expect(model.items[2]?.clauses.map((c) => [c.kind, c.amount])).toEqual([["deduct", 5]]);
    expect(codes(model)).toContainEqual(["warning", "column-guessed", "B1"]);
    expect(model.problems.find((p) => p.code === "column-guessed")?.args).toEqual({ role: "criteria", column: "B" });
  });

  it("takes a column of small numbers under an unknown header as points, not the 序号 column", () => {
    const model = inspect([
      ["序号", "项目", "评分标准", "权值", "得分"],
      [1, "卫生", "地面有垃圾的扣2分", 6, null],
      [2, "纪律", "迟到一次扣1分", 4, null],
      [3, "安全", "发现隐患未整改的扣5分", 10, null],
      ["合计", null, null, 20, null],
    ]);
    expect(model.layout.columns).toMatchObject({ index: 1, item: 2, criteria: 3, points: 4, score: 5 });
    expect(model.pointsSum).toBe(20);
    expect(model.problems.find((p) => p.code === "column-guessed")?.args).toEqual({ role: "points", column: "D" });
  });

  it("takes the short names left of the rules as the item column when its header is blank", () => {
    const model = inspect([
      [null, "评分标准", "分值", "得分"],
      ["卫生", "地面有垃圾的扣2分", 10, null],
      ["纪律", "迟到一次扣1分", 10, null],
    ]);
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, score: 4 });
    expect(model.items.map((it) => it.name)).toEqual(["卫生", "纪律"]);
    expect(model.problems.find((p) => p.code === "column-guessed")?.args).toEqual({ role: "item", column: "A" });
  });

  it("lets the user's columns win over a guess", () => {
    const model = inspect(
      [
        ["项目", "内容", "说明文字", "分值", "得分"],
        ["卫生", "地面有垃圾的扣2分", "每周检查", 10, null],
        ["纪律", "迟到一次扣1分", "每日检查", 10, null],
      ],
      [],
      { columns: { criteria: 2 } },
    );
    expect(model.layout.columns.criteria).toBe(2);
    expect(model.problems.map((p) => p.code)).not.toContain("column-guessed");
  });

  it("refuses only when no column can hold points or rules", () => {
    const model = inspect([
      ["项目", "要求", "得分"],
      ["卫生", "保持清洁", null],
    ]);
    expect(model.items).toEqual([]);
    expect(model.problems.map((p) => [p.severity, p.code, p.args])).toEqual([["error", "column-missing", { role: "criteria" }]]);
  });
});

describe("rule columns told apart by their content", () => {
  it("takes 扣分说明 as the rule column when the 标准 column beside it holds only standards", () => {
    const model = inspect([
      ["序号", "创建标准", "分值", "扣分说明"],
      [1, "社区治安秩序稳定,无黑恶势力团伙。", 15, "有黑恶势力团伙扣3分;发生火灾扣1分。"],
      [2, "建立群防群治队伍,防范措施落实。", 10, "无群防群治队伍的扣5分。"],
    ]);
    expect(model.layout.columns).toMatchObject({ index: 1, requirement: 2, points: 3, criteria: 4 });
    expect(model.items[1]?.clauses.map((c) => [c.kind, c.amount])).toEqual([["deduct", 5]]);
  });

  it("takes the rules of 考核内容 when short names stand left of it (星级名称 | 考核内容)", () => {
    const model = inspect(
      [
        ["星级名称", "考核内容", "标准分", "平均分"],
        ["学习星", "无故不参加学习的每次扣2分", 20, null],
        [null, "未完成自学的扣2分", null, null],
        ["民主星", "不缴纳党费的扣5分", 20, null],
      ],
      ["A2:A3", "C2:C3", "D2:D3"],
    );
    expect(model.layout.columns).toMatchObject({ item: 1, criteria: 2, points: 3, score: 4 });
    expect(model.items.map((it) => [it.name, it.points, it.clauses.length])).toEqual([
      ["学习星", 20, 2],
      ["民主星", 20, 1],
    ]);
  });

  it("prefers a sheet whose header names its rules over an earlier one read only by content", () => {
    const loose = grid([
      ["项目", "要求", "得分"],
      ["卫生", "保持清洁", null],
    ]);
    const strict = grid([
      ["项目", "评分标准", "分值", "得分"],
      ["卫生", "地面有垃圾的扣2分", 10, null],
    ]);
    expect(findScoringSheet([loose, strict])).toBe(1);
    expect(findScoringSheet([loose])).toBe(0);
  });
});
