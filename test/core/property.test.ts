import fc from "fast-check";
import { parseClauses, resolveFindings, scoreSheet, type Finding } from "../../src/core";
import { clean2014 } from "../fixtures/workbooks";
import { model2014 } from "./sheets";

const FRAGMENTS = ["扣", "分", "每", "少一次", "次", "不得分", "一票否决", "加", "奖", "封顶", "扣完为止", "最多扣", "(", ")", "除外", "、", "；", "，", "。", "1", "0.5", "两", "十", "半", "-", "～", "%", "个", "\n", " ", "　", "１"];

describe("properties", () => {
  it("parseClauses never throws and gives every clause a kind and an index", () => {
    const text = fc.oneof(fc.string(), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (t) => {
        const clauses = parseClauses(t);
        clauses.forEach((c, i) => {
          expect(c.index).toBe(i + 1);
          expect(["deduct", "per", "range", "manual", "zero", "veto", "bonus", "award"]).toContain(c.kind);
          if (c.amount !== null) expect(Number.isFinite(c.amount)).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("scores stay within [0, points] and the total within [0, max] for random findings", async () => {
    const model = await model2014(clean2014);
    const finding = fc.record({
      item: fc.integer({ min: 0, max: model.items.length - 1 }),
      clause: fc.integer({ min: 1, max: 7 }),
      count: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), fc.constantFrom("嵯岗镇", "甘珠尔苏木", null), (raw, unit) => {
        const findings: Finding[] = raw
          .filter((f) => f.clause <= model.items[f.item].clauses.length)
          .map((f) => ({ item: model.items[f.item].row, clause: f.clause, count: f.count }));
        const { resolved, problems } = resolveFindings(model, findings);
        expect(problems.filter((p) => p.severity === "error")).toEqual([]);
        const result = scoreSheet(model, resolved, unit);
        result.items.forEach((it) => {
          expect(it.score).toBeGreaterThanOrEqual(0);
          expect(it.score).toBeLessThanOrEqual(it.points ?? 0);
          expect(Math.round((it.score ?? 0) * 1000) / 1000).toBe(it.score);
        });
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(result.max);
      }),
      { numRuns: 300 },
    );
  });
});
