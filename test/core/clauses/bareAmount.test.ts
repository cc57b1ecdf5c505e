import { recognizeBareAmount } from "../../../src/core/clauses/recognizers/bareAmount";
import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { only, run } from "./recognise";

describe("recognizeBareAmount: a 扣分标准 cell holding only the amount", () => {
  it.each([
    ["1", "deduct", 1, undefined],
    ["2分", "deduct", 2, undefined],
    ["0。5/项", "per", 0.5, "项"],
    ["１/项", "per", 1, "项"],
    ["1分/次", "per", 1, "次"],
  ])("must match %s → %s %d", (text, kind, amount, unit) => {
    const found = run(recognizeBareAmount, text);
    expect(found).toMatchObject({ kind, amount });
    expect(found?.unit).toBe(unit);
  });

  it.each(["乙级", "扣2分", "2014年", "1、未建台账"])("must not match %s", (text) => {
    expect(run(recognizeBareAmount, text)).toBeNull();
  });

  it("reads through the whole parser, and a grade stays for the assessor", () => {
    expect(only("0。5/项")).toMatchObject({ kind: "per", amount: 0.5, unit: "项" });
    expect(only("乙级")).toMatchObject({ kind: "manual", unread: true });
  });
});

describe("a bare amount only stands alone", () => {
  it("does not read the 5 of a mistyped number (5,、认真参加…) as a deduction", () => {
    expect(parseClauses("5,、认真参加民主评议,积极开展自我批评和批评,评议差扣2-5分").map((c) => c.kind)).toEqual(["range"]);
  });
});
