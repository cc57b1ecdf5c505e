import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { recognizeAward } from "../../../src/core/clauses/recognizers/award";
import { run } from "./recognise";

describe("recognizeAward: points the row earns when a condition holds", () => {
  it.each([
    ["无事故得20分", 20],
    ["按时完成计7分", 7],
    ["资料齐全得2分", 2],
    ["全部达标的给5分", 5],
  ])("must match %s → %d", (text, amount) => {
    expect(run(recognizeAward, text)).toMatchObject({ kind: "award", amount });
  });

  // 得满分 alone stays manual: test/core/clauses/lineBreaks.test.ts expects it (a level line reads it, see levels.test.ts).
  it.each(["未完成的扣2分", "计划生育工作", "得分率低于80%", "不得分", "全部完成的得满分"])("must not match %s", (text) => {
    expect(run(recognizeAward, text)).toBeNull();
  });
});

describe("awards that add up from 0", () => {
  it("marks the awards of a text that says 从0分起评, and no others", () => {
    expect(parseClauses("从0分起评：按时上报计2分；有简报计2分").map((c) => [c.kind, c.fromZero])).toEqual([
      ["award", true],
      ["award", true],
    ]);
    expect(parseClauses("按时上报计2分；有简报计2分").map((c) => c.fromZero)).toEqual([undefined, undefined]);
  });
});
