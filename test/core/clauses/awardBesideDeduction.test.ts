// An award beside a deduction in one cell (全年无安全事故的得10分，发生一般事故扣5分) gives one clause each.
import { parseClauses } from "../../../src/core/clauses/parseCriteria";

const brief = (text: string) => parseClauses(text).map((c) => [c.text, c.kind, c.amount]);

describe("award beside a deduction", () => {
  it("全年无安全事故的得10分，发生一般事故扣5分 → award 10 and deduct 5", () => {
    expect(brief("全年无安全事故的得10分，发生一般事故扣5分")).toEqual([
      ["全年无安全事故的得10分", "award", 10],
      ["发生一般事故扣5分", "deduct", 5],
    ]);
  });

  it("in either order, and keeps a lead-in with its award", () => {
    expect(brief("发生一般事故扣5分，全年无安全事故的得10分")).toEqual([
      ["发生一般事故扣5分", "deduct", 5],
      ["全年无安全事故的得10分", "award", 10],
    ]);
    expect(brief("查看记录，全年无事故得20分")).toEqual([["查看记录，全年无事故得20分", "award", 20]]);
  });
});
