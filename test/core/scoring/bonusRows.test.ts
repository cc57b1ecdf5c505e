// A bonus is bounded by what its row says: its stated cap, else the row's points, else — on a 加分项 row with no
// points of its own — its amount once. A runaway count never runs the score away.
import { inspectSheet, resolveFindings, scoreSheet } from "../../../src/core";

const SHEET = {
  name: "加分",
  values: [
    ["项目", "评分标准", "分值", "得分"],
    ["党建工作", "没有计划的扣5分；每获一项表彰加1分", 5, null],
    ["加分项", "获得市级表彰的加2分", null, null],
    ["创新项", "工作经验被推广的加1分（封顶3分）", null, null],
  ],
};

function scores(findings: { item: string; clause: number; count?: number }[]) {
  const model = inspectSheet(SHEET);
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return scoreSheet(model, resolved, null);
}

it("adds a 加分项 row's bonus once, however many times it is found", () => {
  const result = scores([{ item: "加分项", clause: 1, count: 9 }]);
  expect(result.items.map((i) => i.score)).toEqual([5, 2, 0]);
  expect(result.total).toBe(7);
});

it("keeps a stated cap, and the row's own points as the cap where none is stated", () => {
  const result = scores([
    { item: "创新项", clause: 1, count: 1e9 },
    { item: "党建工作", clause: 2, count: 1e9 },
  ]);
  expect(result.items.map((i) => i.score)).toEqual([10, 0, 3]);
  expect(result.total).toBe(13);
  expect(Number.isFinite(result.total)).toBe(true);
});
