// A cap after several comma-joined deductions (迟到扣3分，早退扣3分，最多扣5分) caps them together.
import { parseCriteria } from "../../../src/core/clauses/parseCriteria";

describe("a cap after several comma-joined deductions caps them together", () => {
  it("迟到扣3分，早退扣3分，最多扣5分 → two clauses and a row cap", () => {
    const parsed = parseCriteria("迟到扣3分，早退扣3分，最多扣5分");
    expect(parsed.clauses.map((c) => [c.text, c.kind, c.amount, c.cap])).toEqual([
      ["迟到扣3分", "deduct", 3, undefined],
      ["早退扣3分", "deduct", 3, undefined],
    ]);
    expect(parsed.rowCap).toBe(5);
  });

  it("reads the same with ；and with 本项最多", () => {
    for (const text of ["迟到扣3分；早退扣3分；最多扣5分", "迟到扣3分，早退扣3分，本项最多扣5分", "迟到扣3分，每次早退扣1分，最多扣5分"]) {
      const parsed = parseCriteria(text);
      expect(parsed.clauses).toHaveLength(2);
      expect(parsed.clauses.some((c) => c.cap !== undefined)).toBe(false);
      expect(parsed.rowCap).toBe(5);
    }
  });

  it("keeps a cap after a single per clause on that clause", () => {
    expect(parseCriteria("少一次扣0.5分，最多扣1.5分")).toEqual({
      clauses: [{ index: 1, text: "少一次扣0.5分，最多扣1.5分", kind: "per", amount: 0.5, unit: "次", cap: 1.5 }],
    });
    const lead = parseCriteria("集中活动记录，少一次扣0.5分，最多扣1.5分");
    expect(lead.clauses).toEqual([expect.objectContaining({ kind: "per", cap: 1.5 })]);
    expect(lead.rowCap).toBeUndefined();
    expect(parseCriteria("每少一次扣0.5分，最多计3次").clauses).toEqual([expect.objectContaining({ kind: "per", maxCount: 3 })]);
  });

  it("a deduction after the cap is a clause of its own", () => {
    const parsed = parseCriteria("迟到扣3分，早退扣3分，最多扣5分，旷工扣2分");
    expect(parsed.clauses.map((c) => [c.text, c.amount])).toEqual([
      ["迟到扣3分", 3],
      ["早退扣3分", 3],
      ["旷工扣2分", 2],
    ]);
    expect(parsed.rowCap).toBe(5);
  });
});
