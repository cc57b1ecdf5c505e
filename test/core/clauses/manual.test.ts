import { recognizeManual } from "../../../src/core/clauses/recognizers/manual";
import { only, run } from "./recognise";

describe("recognizeManual: a deduction the assessor sizes", () => {
  it.each(["酌情扣分", "视情况扣分", "视情节扣减", "根据情况扣分"])("must match %s", (text) => {
    expect(run(recognizeManual, text)).toMatchObject({ kind: "manual", amount: null });
    expect(only(text).unread).toBeUndefined();
  });

  it.each(["扣2分", "查看档案材料", "情况说明"])("must not match %s", (text) => {
    expect(run(recognizeManual, text)).toBeNull();
  });

  it("leaves a rule nobody can read as an unread manual clause, never dropped", () => {
    expect(only("查看相关档案材料")).toMatchObject({ kind: "manual", amount: null, unread: true });
  });
});
