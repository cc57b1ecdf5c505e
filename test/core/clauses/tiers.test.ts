import { recognizeTiers } from "../../../src/core/clauses/recognizers/tiers";
import { only, run } from "./recognise";

describe("recognizeTiers: the amount depends on how many, in any unit", () => {
  it("must match 一次扣3分,两次扣5分,三次以上不得分", () => {
    expect(run(recognizeTiers, "一次扣3分，两次扣5分，三次以上不得分")).toMatchObject({
      kind: "per",
      unit: "次",
      tiers: [
        { count: 1, amount: 3 },
        { count: 2, amount: 5 },
        { count: 3, amount: 0, orMore: true, zero: true },
      ],
    });
  });

  it("must match 一项扣2分,两项扣5分 (unit 项)", () => {
    expect(only("一项扣2分，两项扣5分")).toMatchObject({
      kind: "per",
      unit: "项",
      tiers: [
        { count: 1, amount: 2 },
        { count: 2, amount: 5 },
      ],
    });
  });

  it("must match tiers in 人 with a zero tier", () => {
    expect(run(recognizeTiers, "缺1人扣2分，缺2人及以上不得分")?.tiers).toEqual([
      { count: 1, amount: 2 },
      { count: 2, amount: 0, orMore: true, zero: true },
    ]);
  });

  it.each([
    "每少1人扣2分，最多计3人",
    "1个嘎查未达标的扣2分，1个社区未达标的扣2分",
    "少一次扣0.5分",
    "低于90%扣2分，低于80%扣5分",
    "第3项未完成扣1分，第4项未完成扣2分",
  ])("must not match %s", (text) => {
    expect(run(recognizeTiers, text)).toBeNull();
  });
});
