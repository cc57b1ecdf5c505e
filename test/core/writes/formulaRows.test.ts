// A 得分 formula fed by the 扣分 column (=C2-D2) shows the printed score once recalculated, bonus included.
import { inspectSheet, planWrites, resolveFindings, scoreSheet, unwrittenScores } from "../../../src/core";
import type { SheetGrid } from "../../../src/core";

const grid: SheetGrid = {
  name: "S",
  values: [
    ["项目", "评分标准", "分值", "扣分", "得分"],
    ["信息报送", "未落实的扣2分；每超额完成一例加1分，加分不超过3分", 5, null, 5],
    ["安全生产", "未落实的扣2分", 5, null, 5],
  ],
  formulas: [
    [null, null, null, null, null],
    [null, null, null, null, "=C2-D2"],
    [null, null, null, null, "=C3-D3"],
  ],
};

it("writes 扣分 as points − score, so the formula gives the score even with a bonus", () => {
  const model = inspectSheet(grid);
  const { resolved } = resolveFindings(model, [
    { item: "信息报送", clause: 2, count: 2 },
    { item: "安全生产", clause: 1 },
  ]);
  const result = scoreSheet(model, resolved, null);
  expect(result.items.map((s) => s.score)).toEqual([7, 3]);
  const plan = planWrites(model, result, { meta: { assessor: "", time: "" } });
  const deductions = plan.writes.filter((w) => w.col === 4).map((w) => [w.row, w.value]);
  expect(deductions).toEqual([
    [2, -2],
    [3, 2],
  ]);
  expect(plan.writes.filter((w) => w.col === 5)).toEqual([]);
  expect(unwrittenScores(model, result, plan).items.size).toBe(0);
});
