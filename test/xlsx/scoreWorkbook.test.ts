// grid → core → WritePlan → exceljs → bytes → read back: what a scored workbook holds.
import type { Workbook } from "exceljs";
import { LOG_HEADER, LOG_SHEET_NAME, decodeLog, findScoringSheet, inspectSheet, planWrites, resolveFindings, scoreSheet } from "../../src/core";
import type { CellValue } from "../../src/core";
import { applyWritePlan } from "../../src/xlsx/applyWritePlan";
import { gridsFromWorkbook } from "../../src/xlsx/readWorkbook";
import { FINDINGS_2014, SCORES_2014, TOTAL_2014, rubric2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";

const META = { assessor: "测试员", time: "2014-12-20T08:00:00.000Z" };

async function score(source: Workbook, force = false) {
  const wb = await fx.roundTrip(source);
  const grids = gridsFromWorkbook(wb);
  const grid = grids[findScoringSheet(grids)];
  if (!grid) throw new Error("no scoring sheet");
  const existingLog = grids.find((g) => g.name === LOG_SHEET_NAME)?.values ?? null;
  const model = inspectSheet(grid, { rubric: rubric2014(), unit: FINDINGS_2014.unit });
  const { resolved, problems } = resolveFindings(model, FINDINGS_2014.findings);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  const result = scoreSheet(model, resolved, FINDINGS_2014.unit);
  const plan = planWrites(model, result, { force, existingLog, meta: META });
  applyWritePlan(wb, plan);
  return { model, result, plan, out: await fx.roundTrip(wb) };
}

function logRows(wb: Workbook): CellValue[][] {
  const grid = gridsFromWorkbook(wb).find((g) => g.name === LOG_SHEET_NAME);
  if (!grid) throw new Error("no log sheet");
  return grid.values;
}

describe("scoring the 2014 sheet into an exceljs workbook", () => {
  it("(a) writes each item's 得分, a numeric 合计, and the log", async () => {
    const { result, out } = await score(fx.clean2014());
    expect(result.items.map((i) => i.score)).toEqual(SCORES_2014);
    expect(result.total).toBe(TOTAL_2014);
    const ws = out.getWorksheet("苏木镇考核");
    expect(SCORES_2014.map((_s, i) => ws?.getCell(i + 2, 6).value)).toEqual(SCORES_2014);
    expect(ws?.getCell("F13").value).toBe(TOTAL_2014);
    const log = logRows(out);
    expect(log[0]).toEqual([...LOG_HEADER]);
    expect(log.length - 1).toBe(FINDINGS_2014.findings.length);
  });

  it("(b) writes 得分 into the master cell of each merged item and nowhere else", async () => {
    const { out } = await score(fx.clausePerRow2014());
    const ws = out.getWorksheet("苏木镇考核");
    const spans = fx.clausePerRowSpans();
    spans.forEach((span, i) => {
      expect(ws?.getCell(span.row, 6).value).toBe(SCORES_2014[i]);
      expect(ws?.getCell(span.row, 6).isMerged).toBe(span.lastRow > span.row);
    });
    expect(ws?.model.merges).toContain(`F${spans[0]?.row}:F${spans[0]?.lastRow}`);
  });

  it("(c) keeps the 合计 SUM formula and writes scores in column E", async () => {
    const { out } = await score(fx.messy2014());
    const ws = out.getWorksheet("Sheet1");
    expect(SCORES_2014.map((_s, i) => ws?.getCell(i + 4, 5).value)).toEqual(SCORES_2014);
    expect(ws?.getCell("E15").value).toMatchObject({ formula: "SUM(E4:E14)" });
    expect(ws?.getCell("C15").value).toMatchObject({ formula: "SUM(C4:C14)" });
  });

  it("adds a 得分 column after the last one when the sheet has none", async () => {
    const { plan, out } = await score(fx.noScoreColumn2014());
    expect(plan.addedScoreColumn).toBe(6);
    const ws = out.getWorksheet("苏木镇考核");
    expect(ws?.getCell("F1").value).toBe("得分");
    expect(SCORES_2014.map((_s, i) => ws?.getCell(i + 2, 6).value)).toEqual(SCORES_2014);
    expect(ws?.getCell("F5").border?.left?.style).toBe("thin");
  });

  it("reports the excepted finding for 嵯岗镇 and records the findings so they decode back", async () => {
    const { result, out } = await score(fx.messy2014());
    const excepted = result.applied.find((a) => a.itemIndex === 5 && a.clauseIndex === 1);
    expect(excepted).toMatchObject({ applied: false, effect: 0 });
    expect(result.items[8]).toMatchObject({ deducted: 10, score: 0, capped: true });
    const decoded = decodeLog(logRows(out), "Sheet1");
    expect(decoded.findings).toHaveLength(FINDINGS_2014.findings.length);
    expect(decoded.findings.map((f) => f.item)).toEqual([5, 6, 9, 9, 9, 12, 14]);
  });

  it("does not overwrite a filled score that would change, unless forced", async () => {
    const blocked = await score(fx.fullMarks2014());
    expect(blocked.plan.conflicts.map((c) => c.cell)).toEqual(["F3", "F4", "F7", "F10", "F12"]);
    expect(blocked.plan.writes.some((w) => w.col === 6 && w.row === 3)).toBe(false);
    const forced = await score(fx.fullMarks2014(), true);
    expect(forced.out.getWorksheet("苏木镇考核")?.getCell("F3").value).toBe(7);
  });
});
