import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { joinConditionSentences } from "../../../src/core/clauses/refiners/joinConditionSentences";

describe("joinConditionSentences: a condition sentence and the amount after it are one clause", () => {
  it("joins …垃圾落地。每发现1处扣0.5分。 keeping the cell's own text", () => {
    const cell = "施工现场有垃圾落地。每发现1处扣0.5分。";
    expect(joinConditionSentences(cell, ["施工现场有垃圾落地", "每发现1处扣0.5分"])).toEqual(["施工现场有垃圾落地。每发现1处扣0.5分"]);
    expect(parseClauses(cell)).toMatchObject([{ text: "施工现场有垃圾落地。每发现1处扣0.5分", kind: "per", amount: 0.5, unit: "处" }]);
  });

  it("joins a condition to a bare amount sentence (台账不全。扣2分)", () => {
    expect(parseClauses("安全台账不全；扣2分")).toMatchObject([{ text: "安全台账不全；扣2分", kind: "deduct", amount: 2 }]);
  });

  it.each([
    ["查看档案材料；没有计划的扣1分", 2],
    ["没有计划的扣1分；每项扣0.5分", 2],
    ["查看记录；查看台账", 2],
  ])("leaves %s as %d clauses (the amount has its own condition, or there is no amount)", (cell, n) => {
    expect(parseClauses(cell)).toHaveLength(n);
  });
});
