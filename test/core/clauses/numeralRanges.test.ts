// Chinese numerals inside ranges (扣一至三分) are read as ranges; words that merely contain a numeral (一票否决)
// are left alone; counts and amounts are still read.
import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { replaceZhNumerals } from "../../../src/core/text/numerals";

describe("Chinese numerals inside ranges", () => {
  it.each([
    ["扣一至三分", 1, 3],
    ["酌情扣一到三分", 1, 3],
    ["扣1至3分", 1, 3],
    ["扣一～三分", 1, 3],
    ["扣两分至三分", 2, 3],
    ["扣半至一分", 0.5, 1],
  ])("%s is a range %d..%d", (text, min, max) => {
    expect(parseClauses(text)).toEqual([expect.objectContaining({ text, kind: "range", min, max })]);
  });

  it.each(["一票否决", "一站式服务", "一年一评", "三送行动", "两委干部", "第一至三季度"])("leaves %s alone", (text) => {
    expect(replaceZhNumerals(text)).toBe(text);
  });

  it("still reads counts and amounts", () => {
    expect(replaceZhNumerals("少一次扣两分")).toBe("少1次扣2分");
    expect(replaceZhNumerals("扣一至三分")).toBe("扣1至3分");
  });
});
