// The log keeps what an assessor did: long notes whole (over several rows), overrides and typed row scores.
import {
  decodeLog,
  inspectSheet,
  LOG_HEADER,
  MAX_CELL_TEXT,
  planWrites,
  resolveFindings,
  scoreSheet,
  unwrittenScores,
} from "../../../src/core";
import type { CellValue, Finding } from "../../../src/core";
import { grid2014, SHEET } from "./grid2014";

const meta = { assessor: "张三", time: "t" };
const col = (name: (typeof LOG_HEADER)[number]) => LOG_HEADER.indexOf(name);

function planFor(findings: Finding[], grid = grid2014()) {
  const model = inspectSheet(grid);
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  const result = scoreSheet(model, resolved, "嵯岗镇");
  return { model, result, plan: planWrites(model, result, { meta }) };
}

function longestCell(rows: CellValue[][]): number {
  return Math.max(...rows.flat().map((v) => (typeof v === "string" ? v.length : 0)));
}

describe("long texts", () => {
  const note = "无专门电脑。".repeat(12_000); // 72,000 characters

  it("no log cell is longer than Excel allows; decodeLog joins the rows back into the whole note", () => {
    const { plan, model } = planFor([
      { item: "党员队伍建设", clause: "信息库", note },
      { item: "党员干部教育管理", clause: "少一次", count: 2 },
    ]);
    expect(longestCell(plan.log)).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(plan.log).toHaveLength(1 + 3 + 1); // header, the long finding on 3 rows, the short one
    const decoded = decodeLog(plan.log, SHEET, model);
    expect(decoded.problems).toEqual([]);
    expect(decoded.findings).toEqual([
      { item: 3, clause: 3, note },
      { item: 4, clause: 2, count: 2 },
    ]);
    expect(decodeLog(plan.log, SHEET).findings).toHaveLength(2);
  });

  it("a criteria text longer than a cell is split in the log and still matched by identity", () => {
    const long = `未落实扣1分。${"说明".repeat(20_000)}`;
    const grid = grid2014((rows) => rows.map((r, i) => (i === 0 ? [r[0], r[1], long, r[3], r[4], null] : r)));
    const { plan, model } = planFor([{ item: 2, clause: 1 }], grid);
    expect(longestCell(plan.log)).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(decodeLog(plan.log, SHEET, model).findings).toEqual([{ item: 2, clause: 1 }]);
  });

  it("the 备注 written on the sheet is cut to fit one cell", () => {
    const grid = grid2014();
    grid.values[0].push("备注");
    const { plan } = planFor([{ item: "党员队伍建设", clause: "信息库", note }], grid);
    const noteWrite = plan.writes.find((w) => w.col === 7 && w.row === 3);
    expect(typeof noteWrite?.value).toBe("string");
    expect((noteWrite?.value as string).length).toBe(MAX_CELL_TEXT);
    expect(noteWrite?.value as string).toMatch(/详见扣分明细）$/);
  });
});

describe("overrides and typed scores are recorded and read back", () => {
  it("an assessor's amount on a fixed clause: 类型 says 改分, 填写分值 holds it, decodeLog returns it", () => {
    const { plan, model } = planFor([{ item: "党员队伍建设", clause: "信息库", amount: 1, note: "情节较轻" }]);
    const row = plan.log[1];
    expect(row[col("类型")]).toBe("扣分（改分）");
    expect(row[col("填写分值")]).toBe(1);
    expect(row[col("分值变动")]).toBe(-1);
    expect(decodeLog(plan.log, SHEET, model).findings).toEqual([{ item: 3, clause: 3, amount: 1, note: "情节较轻" }]);
  });

  it("a typed row score: 类型 直接打分, 填写分值 the score; decodeLog gives the same finding and the same score", () => {
    const { plan, model, result } = planFor([{ item: "党员队伍建设", score: 6.5, note: "规则无法表达" }]);
    const row = plan.log[1];
    expect([
      row[col("行号")],
      row[col("类型")],
      row[col("条款序号")],
      row[col("填写分值")],
      row[col("分值变动")],
      row[col("备注")],
    ]).toEqual([3, "直接打分", "", 6.5, -3.5, "规则无法表达"]);
    const decoded = decodeLog(plan.log, SHEET, model);
    expect(decoded.findings).toEqual([{ item: 3, score: 6.5, note: "规则无法表达" }]);
    const again = scoreSheet(model, resolveFindings(model, decoded.findings).resolved, "嵯岗镇");
    expect(again.items[1]?.score).toBe(6.5);
    expect(again.total).toBe(result.total);
  });
});

describe("planWrites never writes one 得分 cell twice", () => {
  it("two items read onto one score cell: the second is a conflict, not a second write, and is reported unwritten", () => {
    const model = inspectSheet(grid2014());
    // As a misread layout would give: the third item pointing at the second item's 得分 cell.
    model.items[2]!.scoreCell = { row: 3, col: 6 };
    const result = scoreSheet(model, resolveFindings(model, [{ item: "党员干部教育管理", clause: "少一次", count: 2 }]).resolved, null);
    const plan = planWrites(model, result, { force: true, meta });
    expect(plan.writes.filter((w) => w.row === 3 && w.col === 6).map((w) => w.value)).toEqual([10]);
    expect(plan.conflicts.map((p) => [p.code, p.cell])).toEqual([["score-cell-shared", "F3"]]);
    const unwritten = unwrittenScores(model, result, plan);
    expect([...unwritten.items]).toEqual([2]);
    expect(unwritten.total).toBe(true);
  });
});
