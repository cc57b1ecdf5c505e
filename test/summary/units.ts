import type { ScoredUnit, UnitDeduction } from "../../src/core";

/** A unit with items 甲 (60 points) and 乙 (40 points) scoring `a` and `b`. */
export function unit(name: string, a: number, b: number, extra: Partial<ScoredUnit> = {}): ScoredUnit {
  return {
    unit: name,
    source: `${name}.xlsx`,
    assessor: null,
    items: [
      { name: "甲", points: 60, score: a, bonus: 0, selfScore: null },
      { name: "乙", points: 40, score: b, bonus: 0, selfScore: null },
    ],
    vetoed: false,
    findings: [],
    ...extra,
  };
}

/** A unit whose total is `total` (item 甲 carries it all). */
export function unitWithTotal(name: string, total: number, extra: Partial<ScoredUnit> = {}): ScoredUnit {
  return unit(name, total - 40, 40, extra);
}

export function deduction(item: string, clause: string, effect: number, count = 1, note = ""): UnitDeduction {
  return { item, clause, count, amount: null, effect, note };
}
