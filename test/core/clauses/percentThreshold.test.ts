import { parseClauses } from "../../../src/core/clauses/parseCriteria";

describe("percentage thresholds: full marks from a rate, then a per clause in 个百分点 below it", () => {
  it("reads 达87%以上计7分,每低3个百分点扣0.5分 as the award and a per clause in steps of 3 个百分点", () => {
    expect(parseClauses("符合政策生育率达87%以上计7分，每低3个百分点扣0.5分。")).toMatchObject([
      { kind: "award", amount: 7 },
      { kind: "per", amount: 0.5, unit: "个百分点", step: 3 },
    ]);
  });

  it("reads a step of one percent without a step", () => {
    const [award, per] = parseClauses("入户率达95%以上得5分，每少1%扣1分");
    expect(award).toMatchObject({ kind: "award", amount: 5 });
    expect(per).toMatchObject({ kind: "per", amount: 1, unit: "%" });
    expect(per.step).toBeUndefined();
  });

  it("reads 每少完成10个百分点扣2分 and a bonus beside it as three clauses", () => {
    expect(
      parseClauses("100%完成全年四项手术任务计7分,每少完成10个百分点扣2分,每超额完成一例引产手术奖一分。").map((c) => [
        c.kind,
        c.unit,
        c.step,
      ]),
    ).toEqual([
      ["award", undefined, undefined],
      ["per", "个百分点", 10],
      ["bonus", "例", undefined],
    ]);
  });
});
