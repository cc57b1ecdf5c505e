import { recognizeRange } from "../../../src/core/clauses/recognizers/range";
import { run } from "./recognise";

describe("recognizeRange: the assessor chooses within a range", () => {
  it.each([
    ["扣1-3分", 1, 3],
    ["酌情扣1～5分", 1, 5],
    ["视情况扣1至3分", 1, 3],
    ["酌情扣一至三分", 1, 3],
    ["扣0.5~2分", 0.5, 2],
  ])("must match %s → %d..%d", (text, min, max) => {
    expect(run(recognizeRange, text)).toMatchObject({ kind: "range", min, max, amount: null });
  });

  it.each(["扣3-1分", "扣2分", "2014-2015年度未开展的扣2分", "酌情扣分"])("must not match %s", (text) => {
    expect(run(recognizeRange, text)).toBeNull();
  });
});
