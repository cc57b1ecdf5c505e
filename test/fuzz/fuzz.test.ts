// A fixed-seed fuzz run (npm run fuzz runs more): no throw, no score out of bounds, check agrees with score.
import { applyToGrid, fuzzCase, runCase, runFuzz } from "../../bench/fuzz";
import { checkSheet, inspectSheet, planWrites, resolveFindings, scoreSheet } from "../../src/core";

describe("fuzz", () => {
  const report = runFuzz(300, 1);
  const layoutMisread = (f: { reason: string }) => f.reason.startsWith("layout:");

  it("300 random sheets with seed 1: no throw, no score out of bounds, check agrees with score", () => {
    expect(report.failures.filter((f) => !layoutMisread(f))).toEqual([]);
    // The run really scores: most sheets hold a table and many findings apply.
    expect(report.refused).toBeLessThan(30);
    expect(report.applied).toBeGreaterThan(300);
  });

  it("300 random sheets with seed 1: no layout misread (an item lost, a score cell shared)", () => {
    expect(report.failures.filter(layoutMisread)).toEqual([]);
  });

  it("cases are replayable: the same seed gives the same sheet and findings", () => {
    expect(fuzzCase(42)).toEqual(fuzzCase(42));
    expect(fuzzCase(42)).not.toEqual(fuzzCase(43));
  });

  it("a failure is caught: a plan that writes a score out of range makes check disagree", () => {
    const { grid, findings } = fuzzCase(7);
    const model = inspectSheet(grid);
    const result = scoreSheet(model, resolveFindings(model, findings).resolved, null);
    const plan = planWrites(model, result, { force: true, meta: { assessor: "", time: "" } });
    const first = model.items.find((it) => it.points !== null && it.scoreCell);
    if (!first?.scoreCell) throw new Error("case 7 should have a scored item");
    plan.writes.push({ row: first.scoreCell.row, col: first.scoreCell.col, value: (first.points ?? 0) + 50, previous: null });
    const errors = checkSheet(inspectSheet(applyToGrid(grid, plan))).filter((p) => p.code === "score-out-of-range");
    expect(errors).toHaveLength(1);
    expect(runCase({ grid, findings })).toBeNull();
  });
});
