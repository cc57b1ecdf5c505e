import { resolveFindings } from "../../../src/core";
import { scored, sheet } from "./sheet";

describe("level clauses: the row scores the chosen level", () => {
  const model = sheet([
    ["安全生产", "无事故得10分，平指标得5分，超指标不得分", 10],
    ["村民自治", "村民自治村计2分，合格村计1分", 2],
  ]);

  it("scores the level named by finding.level or by the clause reference", () => {
    const result = scored(model, [
      { item: "安全生产", clause: 1, level: "平指标" },
      { item: "村民自治", clause: "合格村" },
    ]);
    expect(result.items.map((it) => it.score)).toEqual([5, 1]);
    expect(result.total).toBe(6);
    expect(result.applied.map((f) => f.effect)).toEqual([-5, -1]);
    expect(result.items[0].explanation).toContain("选择“平指标”5 分");
  });

  it("takes a level by its score, and 超指标 scores 0", () => {
    expect(scored(model, [{ item: "安全生产", clause: 1, level: 0 }]).items[0].score).toBe(0);
    expect(scored(model, [{ item: "安全生产", clause: 1, level: 10 }]).items[0].score).toBe(10);
  });

  it("asks for the level when none is named, listing the choices", () => {
    const { problems } = resolveFindings(model, [{ item: "安全生产", clause: 1 }]);
    expect(problems.map((p) => [p.code, p.args?.reason])).toEqual([["finding-amount-invalid", "level-needed"]]);
    expect(problems[0].message).toContain("无事故 10 分；平指标 5 分；超指标 0 分");
  });
});

describe("a level of 得满分 scores the row's points", () => {
  it("takes the row's points for 得满分 and the level's score otherwise", () => {
    const model = sheet([["评价", "有评价方案，原始记录详实，得满分\n有评价记录无方案，得2分\n无，不得分", 3]]);
    expect(scored(model, [{ item: "评价", clause: 1, level: "原始记录详实" }]).items[0].score).toBe(3);
    expect(scored(model, [{ item: "评价", clause: 1, level: 2 }]).items[0].score).toBe(2);
    expect(scored(model, [{ item: "评价", clause: 1, level: "无" }]).items[0].score).toBe(0);
  });
});
