import { readModifiers } from "../../../src/core/clauses/modifiers";
import { normalizeRule } from "../../../src/core/text/normalize";

const read = (text: string) => readModifiers(normalizeRule(text));

describe("readModifiers: caps, counts, 扣完为止 and exceptions", () => {
  it.each([
    ["最多扣3分", 3, false],
    ["本项最多扣5分", 5, true],
    ["累计扣分不超过4分", 4, true],
    ["封顶2分", 2, false],
  ])("%s caps deductions at %d (row: %s)", (text, cap, row) => {
    const mods = read(text);
    expect(mods.cap).toBe(cap);
    expect(Boolean(mods.rowScope)).toBe(row);
    expect(mods.bonusScope).toBeUndefined();
  });

  it.each([
    ["加分累计不超2分", 2],
    ["最多加3分", 3],
  ])("%s caps a bonus at %d", (text, cap) => {
    expect(read(text)).toMatchObject({ cap, bonusScope: true });
  });

  it.each([
    ["最多计3人", 3],
    ["最多计5次", 5],
    ["最多扣2项", 2],
  ])("%s counts at most %d", (text, count) => {
    expect(read(text).maxCount).toBe(count);
  });

  it("reads 扣完为止 and exceptions, and leaves the rest", () => {
    expect(read("每项扣1分，扣完为止")).toMatchObject({ untilExhausted: true, rest: "每项扣1分" });
    expect(read("未转化的扣2分（嵯岗、罕达盖除外）")).toMatchObject({ except: ["嵯岗", "罕达盖"], rest: "未转化的扣2分" });
    expect(read("没有计划的扣2分")).toEqual({ rest: "没有计划的扣2分" });
  });
});
