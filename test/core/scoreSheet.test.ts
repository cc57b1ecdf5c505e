import { resolveFindings, scoreSheet, type Finding, type SheetModel } from "../../src/core";
import { FINDINGS_2014, SCORES_2014, TOTAL_2014 } from "../fixtures/rubric2014";
import { clean2014, clausePerRow2014 } from "../fixtures/workbooks";
import { model2014, smallSheet } from "./sheets";

function score(model: SheetModel, findings: Finding[], unit: string | null = null) {
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems).toEqual([]);
  return scoreSheet(model, resolved, unit);
}

describe("scoring the 2014 sheet", () => {
  it.each([
    ["one row per item", clean2014],
    ["one clause per row, merged", clausePerRow2014],
  ])("gives the expected scores (%s)", async (_name, build) => {
    const model = await model2014(build);
    const result = score(model, FINDINGS_2014.findings, FINDINGS_2014.unit);
    expect(result.items.map((it) => it.score)).toEqual(SCORES_2014);
    expect(result.total).toBe(TOTAL_2014);
    expect(result.max).toBe(100);
    expect(result.problems.map((p) => p.code)).toEqual(["finding-excepted"]);
  });

  it("applies the excepted clause to a unit it does not except", async () => {
    const model = await model2014(clean2014);
    const result = score(model, [{ item: "后进嘎查", clause: 1 }], "阿木古郎镇");
    expect(result.items[5].score).toBe(8);
    expect(result.problems).toEqual([]);
  });

  it("caps 少一次扣0.5分 at the three activities the requirement asks for", async () => {
    const model = await model2014(clean2014);
    const result = score(model, [{ item: "党员干部教育管理", clause: "少一次", count: 5 }]);
    expect(result.items[2]).toMatchObject({ deducted: 1.5, score: 8.5, capped: true });
    expect(result.applied[0].remark).toBe("最多计 3 次");
  });

  it("never takes a row below 0 and says it was capped", async () => {
    const model = await model2014(clean2014);
    const result = score(model, [
      { item: "精品社区", clause: "1个社区", count: 6 },
      { item: "精品社区", clause: 1 },
    ]);
    expect(result.items[8]).toMatchObject({ deducted: 10, score: 0, capped: true });
    expect(result.items[8].explanation).toContain("已扣满 10 分");
    expect(result.total).toBe(90);
  });

  it("explains each deduction (扣分说明)", async () => {
    const model = await model2014(clean2014);
    const result = score(model, [{ item: "党员干部教育管理", clause: "少一次", count: 2, note: "缺两次记录" }]);
    expect(result.items[2].explanation).toBe("集中活动记录，少一次扣0.5分×2（扣1分，缺两次记录）");
  });
});

describe("kinds of clause when scored", () => {
  const rows: [string, string, number][] = [
    ["安全", "发生重大责任事故的一票否决", 10],
    ["档案", "档案缺失的扣2分；未开展的不得分", 10],
    ["病例", "每差一例扣0.2分", 2],
    ["宣传", "酌情扣1-3分；酌情扣分", 5],
    ["创新", "工作经验被推广的加1分(封顶2分)", 0],
    ["会议", "一次扣3分，两次扣5分，三次以上不得分", 10],
  ];

  it("adds 0.2 steps exactly", async () => {
    const model = await smallSheet(rows);
    const result = score(model, [{ item: "病例", clause: 1, count: 3 }]);
    expect(result.items[2].deducted).toBe(0.6);
    expect(result.items[2].score).toBe(1.4);
    expect(result.total).toBe(36.4);
  });

  it("zeroes a row and vetoes the sheet", async () => {
    const model = await smallSheet(rows);
    const zeroed = score(model, [{ item: "档案", clause: "不得分" }]);
    expect(zeroed.items[1]).toMatchObject({ score: 0, zeroed: true });
    const vetoed = score(model, [{ item: "安全", clause: 1 }]);
    expect(vetoed.vetoed).toBe(true);
    expect(vetoed.total).toBe(0);
    expect(vetoed.items.map((it) => it.score)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(vetoed.items[1].explanation).toBe("一票否决：全表得分为 0");
  });

  it("takes the assessor's amount for range and manual clauses, within bounds", async () => {
    const model = await smallSheet(rows);
    const result = score(model, [
      { item: "宣传", clause: 1, amount: 2 },
      { item: "宣传", clause: 2, amount: 0.5 },
    ]);
    expect(result.items[3].score).toBe(2.5);
    const wrong = resolveFindings(model, [{ item: "宣传", clause: 1, amount: 4 }, { item: "宣传", clause: 1 }]);
    expect(wrong.problems.map((p) => p.code)).toEqual(["finding-amount-invalid", "finding-amount-invalid"]);
    expect(wrong.problems[0].message).toContain("不在 1～3 分之内");
  });

  it("adds bonus within its cap", async () => {
    const model = await smallSheet(rows);
    const result = score(model, [{ item: "创新", clause: 1, count: 3 }]);
    expect(result.items[4]).toMatchObject({ bonus: 2, score: 2 });
  });

  it("uses tiers instead of count × amount", async () => {
    const model = await smallSheet(rows);
    expect(score(model, [{ item: "会议", clause: 1, count: 2 }]).items[5].score).toBe(5);
    expect(score(model, [{ item: "会议", clause: 1, count: 4 }]).items[5]).toMatchObject({ score: 0, zeroed: true });
  });
});

describe("matching findings", () => {
  it("names the candidates when an item or clause matches none or several", async () => {
    const model = await model2014(clean2014);
    const { resolved, problems } = resolveFindings(model, [
      { item: "不存在的项目", clause: 1 },
      { item: "党员", clause: 1 },
      { item: "党员队伍建设", clause: "扣" },
      { item: "党员队伍建设", clause: 9 },
    ]);
    expect(resolved).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(["finding-item-unknown", "finding-item-ambiguous", "finding-clause-ambiguous", "finding-clause-unknown"]);
    expect(problems[1].message).toContain("党员队伍建设（第3行）");
    expect(problems[2].message).toContain("1. 没制定发展党员工作计划的扣2分");
  });

  it("matches an item by its row, and full-width text typed by a user", async () => {
    const model = await model2014(clausePerRow2014);
    const { resolved, problems } = resolveFindings(model, [{ item: 10, clause: "发展党员工作不规范" }]);
    expect(problems).toEqual([]);
    expect(resolved).toEqual([{ itemIndex: 1, clauseIndex: 2, count: 1 }]);
  });
});
