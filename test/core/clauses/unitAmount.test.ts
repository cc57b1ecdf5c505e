import { recognizeUnitAmount } from "../../../src/core/clauses/recognizers/unitAmount";
import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { only, run } from "./recognise";

describe("recognizeUnitAmount: points per unit written with no verb", () => {
  it.each([
    ["每节课1分", 1, "节"],
    ["(1个0.5分,共3分)", 0.5, "个"],
    ["（1项0.5分）", 0.5, "项"],
    ["每篇2分", 2, "篇"],
  ])("must match %s → %d per %s", (text, amount, unit) => {
    expect(run(recognizeUnitAmount, text)).toMatchObject({ kind: "per", amount, unit });
  });

  it.each(["每节课扣1分", "每月1分", "1个月内完成得2分", "每年至少召开一次", "第1项5分", "10个5分", "完成得1分", "(1分)"])(
    "must not match %s",
    (text) => {
      expect(run(recognizeUnitAmount, text)).toBeNull();
    },
  );

  it("reads a bracketed amount after a requirement as that requirement's rule", () => {
    const text = "村民委员会坚持例会制度、学习制度、财务管理制度等各项工作。(1个0.5分,共3分)";
    expect(parseClauses(text)).toEqual([
      { index: 1, text: "村民委员会坚持例会制度、学习制度、财务管理制度等各项工作(1个0.5分,共3分)", kind: "per", amount: 0.5, unit: "个" },
    ]);
  });

  it("leaves a bracketed remark with no unit as a remark (its requirement stays manual)", () => {
    expect(only("村党组织健全,党组织领导核心作用得到充分发挥。(1分)")).toMatchObject({ kind: "manual", unread: true });
    expect(only("每节课1分")).toMatchObject({ kind: "per", amount: 1, unit: "节" });
  });
});
