import { analyzeLosses, buildFeedback, combineUnits, combineValues, summarize, twoDecimals, withDefaults } from "../../src/core";
import type { ScoredUnit } from "../../src/core";
import { deduction, unit } from "./units";

function withBonus(name: string, bonus: number): ScoredUnit {
  // 甲 scores 50 of 60 plus its bonus; 乙 scores 38 of 40: base 88.
  const u = unit(name, 50 + bonus, 38);
  u.items[0].bonus = bonus;
  return u;
}

describe("bonus cap", () => {
  it("caps bonus after the base: 88 + min(7, 5) = 93", () => {
    const s = summarize([withBonus("A", 7)], withDefaults({ bonusCap: 5 }));
    expect(s.rows[0]).toMatchObject({ base: 88, bonusFound: 7, bonus: 5, total: 93, totalText: "93.00" });
  });
  it("a bonus under the cap counts in full, and no cap means no limit", () => {
    expect(summarize([withBonus("A", 3.5)], withDefaults({ bonusCap: 5 })).rows[0].total).toBe(91.5);
    expect(summarize([withBonus("A", 7)], withDefaults()).rows[0].total).toBe(95);
  });
  it("total has two decimals", () => {
    expect(twoDecimals(95.5)).toBe("95.50");
    expect(twoDecimals(88.333)).toBe("88.33");
    expect(twoDecimals(88.335)).toBe("88.34");
    expect(twoDecimals(0)).toBe("0.00");
  });
});

describe("self-scores", () => {
  it("summary carries 自评总分 and the gap; the feedback lists rows rated higher by the unit", () => {
    const u = unit("A", 55, 30);
    u.items[0].selfScore = 58;
    u.items[1].selfScore = 30;
    const s = summarize([u], withDefaults());
    expect(s.rows[0]).toMatchObject({ total: 85, selfTotal: 88, selfGap: 3 });
    expect(buildFeedback([u], s)[0].selfHigher).toEqual([{ item: "甲", selfScore: 58, score: 55, gap: 3 }]);
  });
  it("no 自评分 column: null, no gap", () => {
    expect(summarize([unit("A", 55, 30)], withDefaults()).rows[0]).toMatchObject({ selfTotal: null, selfGap: null });
  });
});

describe("assessors combined", () => {
  it("mean", () => {
    expect(combineValues([90, 85, 80.5], "mean")).toEqual({ value: 85.167, method: "mean", dropped: [] });
  });
  it("trimmed mean drops one highest and one lowest", () => {
    expect(combineValues([90, 70, 85, 80, 95], "trimmedMean")).toEqual({ value: 85, method: "trimmedMean", dropped: [70, 95] });
  });
  it("trimmed mean with two assessors falls back to the mean, and says so", () => {
    expect(combineValues([90, 80], "trimmedMean")).toEqual({ value: 85, method: "mean", dropped: [] });
  });
  it("combines per item and for the total; the summary ranks the combined totals", () => {
    const settings = withDefaults({ combine: { method: "trimmedMean" } });
    const scorings = [
      unit("A", 50, 40, { assessor: "张" }),
      unit("A", 60, 30, { assessor: "李" }),
      unit("A", 40, 20, { assessor: "王" }),
      unit("B", 55, 35, { assessor: "张" }),
    ];
    const [a, b] = combineUnits(scorings, settings);
    expect(a.parts[0].assessors.map((x) => [x.assessor, x.total])).toEqual([
      ["张", 90],
      ["李", 90],
      ["王", 60],
    ]);
    // Totals 90, 90, 60: drop 90 and 60 → 90. Items: 甲 50,60,40 → 50; 乙 40,30,20 → 30.
    expect(a.total).toBe(90);
    expect(a.parts[0].items.map((it) => it.combined)).toEqual([50, 30]);
    expect(b.total).toBe(90);
    const s = summarize([a.scored, b.scored], settings);
    expect(s.rows.map((r) => [r.unit, r.total, r.rank])).toEqual([
      ["A", 90, 1],
      ["B", 90, 1],
    ]);
  });
  it("weights parts: 考核组 60% + 平时考核 40%", () => {
    const settings = withDefaults({
      parts: [
        { name: "考核组", weight: 0.6 },
        { name: "平时考核", weight: 0.4, match: ["平时"] },
      ],
    });
    const scorings = [
      unit("A", 55, 40, { source: "考核组/A.xlsx" }),
      unit("A", 50, 35, { source: "考核组/A-2.xlsx" }),
      unit("A", 40, 30, { source: "平时/A.xlsx" }),
    ];
    const [a] = combineUnits(scorings, settings);
    // 考核组 mean (95 + 85) / 2 = 90; 平时 70 → 90 × 0.6 + 70 × 0.4 = 82.
    expect(a.parts.map((p) => [p.part, p.total.value])).toEqual([
      ["考核组", 90],
      ["平时考核", 70],
    ]);
    expect(a.total).toBe(82);
    expect(a.missingParts).toEqual([]);
    const [b] = combineUnits([unit("B", 60, 40, { source: "考核组/B.xlsx" })], settings);
    expect(b.missingParts).toEqual(["平时考核"]);
    expect(b.total).toBe(60);
  });
});

describe("失分分析 and 反馈单", () => {
  const a = unit("A", 55, 38, {
    findings: [
      deduction("甲", "没制定计划的扣2分", -2),
      deduction("甲", "少一次扣1.5分", -3, 2, "缺两次"),
      deduction("乙", "少一次扣1分", -2, 2),
    ],
  });
  const b = unit("B", 58, 40, { findings: [deduction("甲", "没制定计划的扣2分", -2)] });
  const c = unit("C", 0, 0, { vetoed: true, findings: [deduction("乙", "发生重大事故的一票否决", -40)] });

  it("per item: points lost, units that lost, 得分率 (vetoed units apart)", () => {
    const analysis = analyzeLosses([a, b, c]);
    expect(analysis.items).toEqual([
      { item: "甲", points: 60, lost: 7, unitsLost: 2, units: 2, scoreRate: 0.9417 },
      { item: "乙", points: 40, lost: 2, unitsLost: 1, units: 2, scoreRate: 0.975 },
    ]);
    expect(analysis.vetoed).toEqual(["C"]);
  });
  it("per clause: units, occurrences and points lost, most lost first", () => {
    expect(analyzeLosses([a, b, c]).clauses).toEqual([
      { item: "乙", clause: "发生重大事故的一票否决", units: 1, occurrences: 1, lost: 40 },
      { item: "甲", clause: "没制定计划的扣2分", units: 2, occurrences: 2, lost: 4 },
      { item: "甲", clause: "少一次扣1.5分", units: 1, occurrences: 2, lost: 3 },
      { item: "乙", clause: "少一次扣1分", units: 1, occurrences: 2, lost: 2 },
    ]);
  });
  it("feedback: total, rank, grade and each deduction as written", () => {
    const s = summarize([a, b], withDefaults());
    const [fa] = buildFeedback([a, b], s);
    expect(fa).toMatchObject({ unit: "A", total: 93, totalText: "93.00", rank: 2, grade: "优秀", vetoed: false });
    expect(fa.deductions.map((d) => [d.item, d.clause, d.count, d.effect, d.note])).toEqual([
      ["甲", "没制定计划的扣2分", 1, -2, ""],
      ["甲", "少一次扣1.5分", 2, -3, "缺两次"],
      ["乙", "少一次扣1分", 2, -2, ""],
    ]);
  });
});

describe("assessor names", () => {
  it("when the logs name the same 评分人 for every file, the files name the assessors", () => {
    const [a] = combineUnits(
      [unit("A", 50, 40, { assessor: "root", source: "张/A.xlsx" }), unit("A", 60, 30, { assessor: "root", source: "李/A.xlsx" })],
      withDefaults(),
    );
    expect(a.parts[0].assessors.map((x) => x.assessor)).toEqual(["张/A.xlsx", "李/A.xlsx"]);
  });
});

describe("totals as shown", () => {
  it("ranks and grades on two decimals: 85.167 and 85.171 are both 85.17", () => {
    const s = summarize(
      [unit("A", 0, 0, { fixedTotal: 85.167 }), unit("B", 0, 0, { fixedTotal: 85.171 }), unit("C", 0, 0, { fixedTotal: 89.995 })],
      withDefaults(),
    );
    expect(s.rows.map((r) => [r.total, r.totalText, r.rank, r.grade])).toEqual([
      [85.17, "85.17", 2, "良好"],
      [85.17, "85.17", 2, "良好"],
      [90, "90.00", 1, "优秀"],
    ]);
  });
});
