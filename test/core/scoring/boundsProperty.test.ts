import fc from "fast-check";
import { inspectSheet, resolveFindings, scoreSheet, type Finding } from "../../../src/core";
import { bonusRoom } from "../../../src/core/scoring/rowRules";

const RULES = [
  "没有计划的扣2分",
  "每项扣1分",
  "每缺一人扣1分，最多计3人",
  "一项扣2分，两项扣5分",
  "无事故得10分，平指标得5分，超指标不得分",
  "达87%以上计7分，每低3个百分点扣0.5分",
  "被评为先进的加1分",
  "每超额完成一例奖一分，加分累计不超2分",
  "酌情加1-10分",
  "记录不全的各扣1分",
  "按时上报计2分",
  "本项不得分",
  "酌情扣1-3分",
];

describe("bounds hold for any findings, counts and typed scores", () => {
  it("keeps every row within [0, points + bonus room] and the total finite", () => {
    const rows = fc.array(
      fc.record({ rules: fc.subarray(RULES, { minLength: 1, maxLength: 4 }), points: fc.integer({ min: 1, max: 20 }) }),
      { minLength: 1, maxLength: 5 },
    );
    const picks = fc.array(
      fc.record({
        item: fc.nat(),
        clause: fc.nat(),
        count: fc.constantFrom(1, 2, 7, 1e9, 1e300, Number.MAX_SAFE_INTEGER),
        amount: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: undefined }),
        score: fc.option(fc.double({ min: -5, max: 60, noNaN: true }), { nil: undefined }),
        level: fc.option(fc.constantFrom("平指标", "无事故", 5, 0), { nil: undefined }),
      }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(rows, picks, (sheetRows, raw) => {
        const values = [
          ["项目", "评分标准", "分值", "得分"],
          ...sheetRows.map((r, i) => [`项目${i + 1}`, r.rules.join("；"), r.points, null]),
        ];
        const model = inspectSheet({ name: "随机", values });
        if (model.items.length === 0) return;
        const findings: Finding[] = raw.map((f) => {
          const item = model.items[f.item % model.items.length];
          if (f.score !== undefined && f.clause % 3 === 0) return { item: item.row, score: f.score, note: "typed" };
          const finding: Finding = { item: item.row, clause: (f.clause % Math.max(1, item.clauses.length)) + 1, count: f.count, note: "x" };
          if (f.amount !== undefined) finding.amount = f.amount;
          if (f.level !== undefined) finding.level = f.level;
          return finding;
        });
        const { resolved } = resolveFindings(model, findings);
        const result = scoreSheet(model, resolved, null);
        result.items.forEach((it, i) => {
          const item = model.items[i];
          if (it.score === null) return;
          expect(it.score).toBeGreaterThanOrEqual(0);
          expect(it.score).toBeLessThanOrEqual((item.points ?? 0) + bonusRoom(item));
          expect(Math.round(it.score * 1000) / 1000).toBe(it.score);
        });
        expect(Number.isFinite(result.total)).toBe(true);
        for (const f of result.applied) expect(Number.isFinite(f.effect)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
