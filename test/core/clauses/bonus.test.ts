import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { recognizeBonus } from "../../../src/core/clauses/recognizers/bonus";
import { only, run } from "./recognise";

describe("recognizeBonus: points beyond the row's", () => {
  it.each([
    ["被评为先进的加1分", 1, undefined],
    ["经验被推广的奖1分", 1, undefined],
    ["另加2分", 2, undefined],
    ["每超额完成一例奖一分", 1, "例"],
    ["每多1篇宣传稿件加0.5分", 0.5, "篇"],
    ["每有一项创新内容效果明显的追加0.5分", 0.5, "项"],
  ])("must match %s → %d (unit %s)", (text, amount, unit) => {
    const found = run(recognizeBonus, text);
    expect(found).toMatchObject({ kind: "bonus", amount });
    expect(found?.unit).toBe(unit);
  });

  it.each(["参加10分钟培训", "增加2分钟", "未加强管理的扣1分", "参加2分钟演讲", "附加2分"])("must not match %s", (text) => {
    expect(run(recognizeBonus, text)).toBeNull();
  });

  it("reads a bonus cap in the same rule or the next (加分累计不超2分), never as a cap on deductions", () => {
    expect(only("每超额完成一例奖一分，加分累计不超2分")).toMatchObject({ kind: "bonus", amount: 1, cap: 2 });
    expect(only("经验被推广的奖1分(封顶1分)")).toMatchObject({ kind: "bonus", amount: 1, cap: 1 });
    const [deduct, bonus] = parseClauses("台账不全的扣2分；经验被推广的加1分；加分累计不超2分");
    expect(deduct).toMatchObject({ kind: "deduct", amount: 2 });
    expect(deduct.cap).toBeUndefined();
    expect(bonus).toMatchObject({ kind: "bonus", amount: 1, cap: 2 });
  });

  it("reads 酌情加1-10分 as a bonus the assessor sizes within 1..10", () => {
    expect(only("参与或组织活动情况酌情加1-10分")).toMatchObject({ kind: "bonus", amount: null, min: 1, max: 10 });
  });

  it("reads 加分累计不超2分 alone (a 备注 cell) as a bonus the assessor sizes, within 2", () => {
    expect(only("加分累计不超2分")).toMatchObject({ kind: "bonus", amount: null, cap: 2 });
  });
});
