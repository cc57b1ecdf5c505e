import { parseClauses, parseCriteria } from "../../../src/core/clauses/parseCriteria";

describe("splitting a rule at its commas", () => {
  it("splits …扣4分,专职安全员…不在岗的,每少1人扣2分 into two clauses: the second condition starts the second", () => {
    expect(parseClauses("未配备专职安全员的扣4分，专职安全员不在岗的，每少1人扣2分")).toMatchObject([
      { text: "未配备专职安全员的扣4分", kind: "deduct", amount: 4 },
      { text: "专职安全员不在岗的，每少1人扣2分", kind: "per", amount: 2, unit: "人" },
    ]);
  });

  it("keeps 每一处…的,扣3分 as one per clause", () => {
    expect(parseClauses("每一处脚手架未设置防护的，扣3分")).toMatchObject([{ kind: "per", amount: 3, unit: "处" }]);
  });

  it("keeps a lead-in with its amount, and a trailing remark with the clause before it", () => {
    expect(parseClauses("查看培训记录、学习笔记，次数不够的扣1分")).toHaveLength(1);
    expect(parseClauses("未制定应急预案的扣2分，并限期整改")).toMatchObject([{ text: "未制定应急预案的扣2分，并限期整改", amount: 2 }]);
  });

  it("attaches 扣完为止 and 最多计3人 to the clause before them", () => {
    expect(parseClauses("每缺一人扣1分，最多计3人")).toMatchObject([{ kind: "per", amount: 1, unit: "人", maxCount: 3 }]);
    expect(parseClauses("未建台账的扣2分，每缺一人扣1分，最多计3人")).toMatchObject([
      { kind: "deduct", amount: 2 },
      { kind: "per", amount: 1, unit: "人", maxCount: 3 },
    ]);
  });

  it("reads a cap after several deductions as the row's cap", () => {
    const parsed = parseCriteria("A缺失扣2分，B缺失扣3分，最多扣4分");
    expect(parsed.clauses.map((c) => c.amount)).toEqual([2, 3]);
    expect(parsed.rowCap).toBe(4);
  });
});
