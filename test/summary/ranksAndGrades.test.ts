import { rankValues, summarize, withDefaults, quotaLimit } from "../../src/core";
import { unit, unitWithTotal } from "./units";

describe("ranks", () => {
  it("standard style leaves a gap after a tie (1,1,3)", () => {
    expect(rankValues([90, 95, 95, 80, 90], "standard")).toEqual([3, 1, 1, 5, 3]);
  });
  it("chinese style does not (1,1,2)", () => {
    expect(rankValues([90, 95, 95, 80, 90], "chinese")).toEqual([2, 1, 1, 3, 2]);
  });
  it("ties are exact: 0.1 + 0.2 scores equal 0.3 scores", () => {
    const s = summarize([unit("A", 59.1, 0.2), unit("B", 59, 0.3)], withDefaults());
    expect(s.rows.map((r) => r.rank)).toEqual([1, 1]);
  });
  it("ranks within classes and overall", () => {
    const settings = withDefaults({
      classes: [
        { name: "农村组", units: ["A", "C"] },
        { name: "城区组", units: ["B", "D"] },
      ],
    });
    const s = summarize([unitWithTotal("A", 88), unitWithTotal("B", 92), unitWithTotal("C", 95), unitWithTotal("D", 70)], settings);
    expect(s.rows.map((r) => [r.unit, r.class, r.rank, r.classRank])).toEqual([
      ["A", "农村组", 3, 2],
      ["B", "城区组", 2, 1],
      ["C", "农村组", 1, 1],
      ["D", "城区组", 4, 2],
    ]);
    expect(s.classes).toEqual(["农村组", "城区组"]);
  });
});

describe("grades", () => {
  it("bands: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格", () => {
    const s = summarize(
      [unitWithTotal("A", 90), unitWithTotal("B", 89.5), unitWithTotal("C", 60), unitWithTotal("D", 59.5)],
      withDefaults(),
    );
    expect(s.rows.map((r) => r.grade)).toEqual(["优秀", "良好", "合格", "不合格"]);
  });

  it("quota limit rounds down on whole numbers", () => {
    expect(quotaLimit(0.2, 10)).toBe(2);
    expect(quotaLimit(0.2, 9)).toBe(1);
    expect(quotaLimit(0.29, 100)).toBe(29);
  });

  it("优秀 at most 20%: the lowest qualifying units drop to 良好", () => {
    const totals = [99, 97, 95, 93, 91, 70, 70, 70, 70, 70];
    const units = totals.map((t, i) => unitWithTotal(`U${i + 1}`, t));
    const s = summarize(units, withDefaults({ quotas: [{ grade: "优秀", maxShare: 0.2 }] }));
    expect(s.rows.slice(0, 5).map((r) => r.grade)).toEqual(["优秀", "优秀", "良好", "良好", "良好"]);
    expect(s.rows[2].bandGrade).toBe("优秀");
    expect(s.quotas).toEqual([
      {
        grade: "优秀",
        class: null,
        units: 10,
        limit: 2,
        qualifying: 5,
        kept: ["U1", "U2"],
        dropped: ["U3", "U4", "U5"],
        droppedTo: "良好",
        tie: null,
      },
    ]);
  });

  const tied = [99, 95, 95, 91, 70, 70, 70, 70, 70, 70];
  it("ties at the boundary all keep (ties: keep) and the report says so", () => {
    const units = tied.map((t, i) => unitWithTotal(`U${i + 1}`, t));
    const s = summarize(units, withDefaults({ quotas: [{ grade: "优秀", maxShare: 0.2, ties: "keep" }] }));
    expect(s.rows.slice(0, 4).map((r) => r.grade)).toEqual(["优秀", "优秀", "优秀", "良好"]);
    expect(s.quotas[0].tie).toEqual({ total: 95, units: ["U2", "U3"], rule: "keep" });
    expect(s.quotas[0].kept).toEqual(["U1", "U2", "U3"]);
  });
  it("ties at the boundary all drop (ties: drop)", () => {
    const units = tied.map((t, i) => unitWithTotal(`U${i + 1}`, t));
    const s = summarize(units, withDefaults({ quotas: [{ grade: "优秀", maxShare: 0.2, ties: "drop" }] }));
    expect(s.rows.slice(0, 4).map((r) => r.grade)).toEqual(["优秀", "良好", "良好", "良好"]);
    expect(s.quotas[0].dropped).toEqual(["U2", "U3", "U4"]);
    expect(s.quotas[0].tie).toEqual({ total: 95, units: ["U2", "U3"], rule: "drop" });
  });
  it("units dropped by one quota count in the next band's quota", () => {
    // 5 units: 优秀 ≤ 20% → 1, 良好 ≤ 40% → 2.
    const units = [96, 94, 92, 85, 50].map((t, i) => unitWithTotal(`U${i + 1}`, t));
    const s = summarize(
      units,
      withDefaults({
        quotas: [
          { grade: "良好", maxShare: 0.4 },
          { grade: "优秀", maxShare: 0.2 },
        ],
      }),
    );
    expect(s.rows.map((r) => r.grade)).toEqual(["优秀", "良好", "良好", "合格", "不合格"]);
    expect(s.quotas.map((q) => [q.grade, q.dropped])).toEqual([
      ["优秀", ["U2", "U3"]],
      ["良好", ["U4"]],
    ]);
  });
  it("quotas counted within each class", () => {
    const settings = withDefaults({
      classes: [{ name: "农村组", units: ["A", "B", "C", "D", "E"] }],
      quotas: [{ grade: "优秀", maxShare: 0.2, scope: "class" }],
    });
    const s = summarize(
      ["A", "B", "C", "D", "E", "F"].map((n, i) => unitWithTotal(n, 99 - i)),
      settings,
    );
    expect(s.rows.map((r) => r.grade)).toEqual(["优秀", "良好", "良好", "良好", "良好", "良好"]);
    expect(s.quotas.map((q) => [q.class, q.limit, q.kept])).toEqual([
      ["农村组", 1, ["A"]],
      [null, 0, []],
    ]);
  });

  it("一票否决: graded 不合格 whatever the score, and marked", () => {
    const s = summarize([unitWithTotal("A", 95, { vetoed: true }), unitWithTotal("B", 95)], withDefaults());
    expect(s.rows.map((r) => [r.grade, r.vetoed])).toEqual([
      ["不合格", true],
      ["优秀", false],
    ]);
  });
  it("veto grade as a ceiling (atMost): a lower band stays", () => {
    const settings = withDefaults({ veto: { grade: "合格", atMost: true } });
    const s = summarize([unitWithTotal("A", 95, { vetoed: true }), unitWithTotal("B", 50, { vetoed: true })], settings);
    expect(s.rows.map((r) => r.grade)).toEqual(["合格", "不合格"]);
  });
  it("veto grade exactly (default atMost false) lifts nothing but sets the grade", () => {
    const s = summarize([unitWithTotal("A", 50, { vetoed: true })], withDefaults({ veto: { grade: "合格" } }));
    expect(s.rows[0].grade).toBe("合格");
  });
});
