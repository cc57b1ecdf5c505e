import { normalizeRule } from "../../../src/core/text/normalize";
import { replaceZhNumerals, zhToNumber } from "../../../src/core/text/numerals";
import { COUNT_UNITS } from "../../../src/core/clauses/vocabulary";

describe("one vocabulary for every recogniser", () => {
  it("lists each counting word once", () => {
    expect(new Set(COUNT_UNITS).size).toBe(COUNT_UNITS.length);
    for (const unit of ["次", "项", "处", "人", "例", "个", "种", "起", "本", "篇", "份", "天", "户", "村", "个百分点", "%"]) {
      expect(COUNT_UNITS).toContain(unit);
    }
  });

  it.each([
    ["每少一本", "每少1本"],
    ["发现一种", "发现1种"],
    ["凡隐瞒一起", "凡隐瞒1起"],
    ["两项扣五分", "2项扣5分"],
    ["每低三个百分点", "每低3个百分点"],
    ["扣半分", "扣0.5分"],
    ["一票否决", "一票否决"],
    ["百分之九十", "百分之九十"],
    ["一站式服务", "一站式服务"],
  ])("writes counting numerals as digits: %s → %s", (text, expected) => {
    expect(replaceZhNumerals(text)).toBe(expected);
  });

  it("reads amounts as written: full width, 0。5, spaces", () => {
    expect(normalizeRule("扣０．５分")).toBe("扣0.5分");
    expect(normalizeRule("扣0。5分")).toBe("扣0.5分");
    expect(normalizeRule("扣5 分")).toBe("扣5分");
    expect(zhToNumber("十五")).toBe(15);
    expect(zhToNumber("半")).toBe(0.5);
  });
});
