import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { RecentResults } from "../../../src/core/text/recentResults";

describe("readings remembered between cells", () => {
  it("gives each parse its own clauses: changing one cell's clauses changes no later parse", () => {
    const text = "一次扣3分，两次扣5分，三次以上不得分；资料不全的扣1分(嵯岗除外)";
    const first = parseClauses(text);
    first[0].tiers?.push({ count: 9, amount: 99 });
    if (first[0].tiers) first[0].tiers[0].amount = 42;
    first[1].except?.push("罕达盖");
    first[1].text = "changed";
    const second = parseClauses(text);
    expect(second[0].tiers).toEqual([
      { count: 1, amount: 3 },
      { count: 2, amount: 5 },
      { count: 3, amount: 0, orMore: true, zero: true },
    ]);
    expect(second[1]).toMatchObject({ text: "资料不全的扣1分(嵯岗除外)", kind: "deduct", amount: 1, except: ["嵯岗"] });
  });

  it("reads the same rule the same way alone and inside a longer cell", () => {
    expect(parseClauses("2")).toMatchObject([{ kind: "deduct", amount: 2 }]);
    expect(parseClauses("未建立台账，2")).toMatchObject([{ kind: "manual", unread: true }]);
    expect(parseClauses("2")).toMatchObject([{ kind: "deduct", amount: 2 }]);
  });
});

describe("RecentResults", () => {
  it("remembers up to its size, then starts again", () => {
    const recent = new RecentResults<number>(2);
    recent.set("a", 1);
    recent.set("b", 2);
    expect([recent.get("a"), recent.get("b")]).toEqual([1, 2]);
    expect(recent.set("c", 3)).toBe(3);
    expect([recent.get("a"), recent.get("b"), recent.get("c")]).toEqual([undefined, undefined, 3]);
  });
});
