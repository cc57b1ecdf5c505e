import { scored, sheet } from "./sheet";

describe("scores never leave their bounds, whatever the count", () => {
  const model = sheet([
    ["创新", "被评为先进的加1分", 10],
    ["加分", "每超额完成一例奖一分，加分累计不超2分", 0],
    ["场所", "1个嘎查活动场所面积不达标的扣2分", 10],
    ["记录", "党员大会、支委会记录不全的各扣1分", 4],
    ["人员", "每缺一人扣1分，最多计3人", 5],
  ]);

  it("caps a bonus with no stated cap at the row's points (加1分 × 1e9 is not 1,000,000,010)", () => {
    const result = scored(model, [{ item: "创新", clause: 1, count: 1e9 }]);
    expect(result.items[0]).toMatchObject({ score: 20, bonus: 10 });
    expect(result.applied[0]).toMatchObject({ count: 1e9, effect: 10, remark: "加分封顶 10 分" });
  });

  it("caps a bonus at its stated cap", () => {
    const result = scored(model, [{ item: "加分", clause: 1, count: 5 }]);
    expect(result.items[1]).toMatchObject({ score: 2, bonus: 2 });
  });

  it("keeps the true count on the finding and says 已扣满 when the row ran out", () => {
    const result = scored(model, [{ item: "场所", clause: 1, count: 1e9 }]);
    expect(result.items[2]).toMatchObject({ score: 0, deducted: 10, capped: true });
    expect(result.applied[0]).toMatchObject({ count: 1e9, effect: -10, remark: "已扣满" });
    expect(result.items[2].explanation).toContain("已扣满 10 分");
  });

  it("multiplies 各扣 by the count from the parsed clause, within the row", () => {
    expect(scored(model, [{ item: "记录", clause: 1, count: 2 }]).items[3].score).toBe(2);
    expect(scored(model, [{ item: "记录", clause: 1, count: 1e300 }]).items[3].score).toBe(0);
  });

  it("counts at most maxCount in any unit, and says so", () => {
    const result = scored(model, [{ item: "人员", clause: 1, count: 5 }]);
    expect(result.items[4]).toMatchObject({ score: 2, capped: true });
    expect(result.applied[0]).toMatchObject({ count: 5, remark: "最多计 3 人" });
  });

  it("keeps the table total within the declared total plus the bonus caps", () => {
    const result = scored(model, [
      { item: "创新", clause: 1, count: Number.MAX_SAFE_INTEGER },
      { item: "加分", clause: 1, count: 1e12 },
    ]);
    expect(result.total).toBe(29 + 10 + 2);
    expect(Number.isFinite(result.total)).toBe(true);
  });
});

describe("threshold clauses count whole steps", () => {
  it("deducts 0.5 per full 3 个百分点 below 87%", () => {
    const model = sheet([["入学率", "达87%以上计7分，每低3个百分点扣0.5分", 7]]);
    expect(scored(model, [{ item: "入学率", clause: "每低", count: 7 }]).items[0].score).toBe(6);
    expect(scored(model, [{ item: "入学率", clause: "每低", count: 2.5 }]).items[0].score).toBe(7);
    expect(scored(model, [{ item: "入学率", clause: "每低", count: 9 }]).items[0].score).toBe(5.5);
  });
});
