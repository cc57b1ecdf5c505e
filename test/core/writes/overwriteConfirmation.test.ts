import rubricJson from "../../../rubrics/2014-sumu-town.json";
import { analyseSheet, overwrittenCells, planWrites, scoreSheet, validateRubric, type SheetModel } from "../../../src/core";
import { gridsFromWorkbook, templateWorkbook } from "../../../src/xlsx";
import { roundTrip } from "../../fixtures/workbooks";

/** The issue's sample: 11 of 10 (F4), −1 (F7), 八分 (F9), and a total of 80 (F15) against a sum of 67.5. */
const ISSUE_SCORES: Record<number, number | string> = { 4: 11, 5: 8, 6: 7.5, 7: -1, 8: 5, 9: "八分", 10: 9, 11: 8, 12: 6, 13: 7, 14: 7 };

/** The 2014 sheet (rows 4–14, 合计 on 15, 得分 in F) with `scores` already in it. */
async function prefilled(scores: Record<number, number | string>, total: number | null): Promise<SheetModel> {
  const workbook = templateWorkbook(validateRubric(rubricJson), "嵯岗镇");
  const sheet = workbook.getWorksheet("嵯岗镇")!;
  for (const [row, score] of Object.entries(scores)) sheet.getCell(`F${row}`).value = score;
  sheet.getCell("F15").value = total;
  const grids = gridsFromWorkbook(await roundTrip(workbook));
  return analyseSheet(
    grids.find((g) => g.name === "嵯岗镇")!,
    { unit: "嵯岗镇" },
    [],
  ).model;
}

/** The plan a fill with nothing ticked makes (every row at full marks), forced over filled cells. */
function forcedPlan(model: SheetModel) {
  const result = scoreSheet(model, [], "嵯岗镇");
  const meta = { assessor: "张三", time: "2026-11-30 09:00:00 (UTC+8)" };
  return planWrites(model, result, { force: true, existingLog: null, meta });
}

describe("the cells a forced fill overwrites", () => {
  it("lists every filled score cell that changes, and the total cell, on the issue's prefilled sheet", async () => {
    const model = await prefilled(ISSUE_SCORES, 80);
    expect(overwrittenCells(model, forcedPlan(model))).toEqual([
      { cell: "F4", previous: 11, value: 10 },
      { cell: "F5", previous: 8, value: 10 },
      { cell: "F6", previous: 7.5, value: 10 },
      { cell: "F7", previous: -1, value: 5 },
      { cell: "F9", previous: "八分", value: 10 },
      { cell: "F10", previous: 9, value: 10 },
      { cell: "F11", previous: 8, value: 10 },
      { cell: "F12", previous: 6, value: 10 },
      { cell: "F13", previous: 7, value: 10 },
      { cell: "F14", previous: 7, value: 10 },
      { cell: "F15", previous: 80, value: 100 },
    ]);
  });

  it("lists the total even where it was blank, and leaves out blank item cells that get a score", async () => {
    const model = await prefilled({ 4: 11, 7: -1 }, null);
    const changes = overwrittenCells(model, forcedPlan(model));
    expect(changes).toEqual([
      { cell: "F4", previous: 11, value: 10 },
      { cell: "F7", previous: -1, value: 5 },
      { cell: "F15", previous: null, value: 100 },
    ]);
  });

  it("lists nothing when the sheet already holds what the fill writes", async () => {
    const full: Record<number, number> = { 4: 10, 5: 10, 6: 10, 7: 5, 8: 5, 9: 10, 10: 10, 11: 10, 12: 10, 13: 10, 14: 10 };
    const model = await prefilled(full, 100);
    expect(overwrittenCells(model, forcedPlan(model))).toEqual([]);
  });
});
