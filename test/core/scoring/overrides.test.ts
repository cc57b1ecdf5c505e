import { resolveFindings } from "../../../src/core";
import { scored, sheet } from "./sheet";

describe("an assessor's amount on a fixed or per clause overrides it, with a reason", () => {
  const model = sheet([["党建", "没有计划的扣2分；集中活动少一次扣0.5分", 10]]);

  it("uses the amount, flags the finding as an override and explains it", () => {
    const result = scored(model, [
      { item: "党建", clause: 1, amount: 1, note: "计划已补交" },
      { item: "党建", clause: 2, count: 2, amount: 1, note: "按上级口径" },
    ]);
    expect(result.items[0]).toMatchObject({ deducted: 3, score: 7 });
    expect(result.applied.map((f) => [f.effect, f.override])).toEqual([
      [-1, true],
      [-2, true],
    ]);
    expect(result.items[0].explanation).toContain("评分人改为 1 分");
    expect(result.items[0].explanation).toContain("计划已补交");
  });

  it("refuses an override without a reason, and one beyond the row's points", () => {
    const { problems } = resolveFindings(model, [
      { item: "党建", clause: 1, amount: 1 },
      { item: "党建", clause: 1, amount: 12, note: "x" },
    ]);
    expect(problems.map((p) => p.args?.reason)).toEqual(["override-note-needed", "over-points"]);
    expect(problems[0].message).toContain("须在 note 中写明理由");
  });

  it("does not flag a finding without an amount", () => {
    expect(scored(model, [{ item: "党建", clause: 1 }]).applied[0].override).toBeUndefined();
  });
});

describe("a typed score for a row the rules cannot express", () => {
  const model = sheet([
    ["党建", "没有计划的扣2分", 10],
    ["创新", "工作经验被推广的加1分(封顶2分)", 5],
  ]);

  it("replaces what the clauses give, keeps the reason, and is listed in result.typed", () => {
    const result = scored(model, [
      { item: "党建", clause: 1 },
      { item: "党建", score: 7.5, note: "整改到位，酌情给分" },
    ]);
    expect(result.items[0]).toMatchObject({ score: 7.5, deducted: 2.5, bonus: 0 });
    expect(result.items[0].explanation).toContain("评分人填写得分 7.5 分（整改到位，酌情给分）");
    expect(result.typed).toEqual([{ itemIndex: 0, score: 7.5, note: "整改到位，酌情给分" }]);
    expect(result.total).toBe(12.5);
  });

  it("allows up to the row's points plus its bonus cap, and no more", () => {
    expect(scored(model, [{ item: "创新", score: 7 }]).items[1]).toMatchObject({ score: 7, bonus: 2 });
    const { problems } = resolveFindings(model, [
      { item: "创新", score: 7.5 },
      { item: "党建", score: -1 },
      { item: "党建", score: Number.NaN },
    ]);
    expect(problems.map((p) => p.args?.reason)).toEqual(["score-out-of-range", "score-out-of-range", "not-number"]);
    expect(problems[0].message).toContain("不在 0～7 分之内");
  });
});
