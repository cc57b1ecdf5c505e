// The 2014 sheet and its variations, read from real .xlsx bytes and inspected by the core.
import type { Workbook } from "exceljs";
import { checkSheet, findScoringSheet, inspectSheet } from "../../src/core";
import type { SheetGrid, SheetModel } from "../../src/core";
import { gridsFromWorkbook } from "../../src/xlsx/readWorkbook";
import { NAMES_2014, POINTS_2014, rubric2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";

async function scoringGrid(wb: Workbook): Promise<SheetGrid> {
  const grids = gridsFromWorkbook(await fx.roundTrip(wb));
  const grid = grids[findScoringSheet(grids)];
  if (!grid) throw new Error("no scoring sheet found");
  return grid;
}

async function inspect(wb: Workbook, withRubric = false): Promise<SheetModel> {
  return inspectSheet(await scoringGrid(wb), withRubric ? { rubric: rubric2014() } : {});
}

function kindsAndAmounts(model: SheetModel): string[][] {
  return model.items.map((item) => item.clauses.map((c) => `${c.kind}:${c.amount}`));
}

const KINDS_2014 = rubric2014().items.map((item) => item.clauses.map((c) => `${c.kind}:${c.amount}`));

describe.each([
  ["(a) one row per item", fx.clean2014, 1, { item: 1, requirement: 2, criteria: 3, method: 4, points: 5, score: 6 }],
  ["(b) one clause per row, merged", () => fx.clausePerRow2014(), 1, { item: 1, requirement: 2, criteria: 3, method: 4, points: 5, score: 6 }],
  ["(c) messy", fx.messy2014, 3, { criteria: 1, item: 2, points: 3, requirement: 4, score: 5, method: 6 }],
])("2014 sheet, layout %s", (_name, build, headerRow, columns) => {
  let model: SheetModel;
  beforeAll(async () => {
    model = await inspect(build());
  });

  it("finds the header row and every column's role", () => {
    expect(model.layout.headerRow).toBe(headerRow);
    expect(model.layout.columns).toMatchObject(columns);
  });

  it("reads 11 items with their names and points, totalling 100", () => {
    expect(model.items.map((i) => i.name)).toEqual(NAMES_2014);
    expect(model.items.map((i) => i.points)).toEqual(POINTS_2014);
    expect(model.pointsSum).toBe(100);
    expect(model.declaredTotal).toBe(100);
  });

  it("parses every clause of the text with the rubric's kind and amount", () => {
    expect(kindsAndAmounts(model)).toEqual(KINDS_2014);
  });

  it("reports no error", () => {
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("layout details", () => {
  it("(b) spans each item over its clause rows and puts 得分 in the master cell", async () => {
    const model = await inspect(fx.clausePerRow2014());
    const spans = fx.clausePerRowSpans();
    expect(model.items.map((i) => ({ row: i.row, lastRow: i.lastRow }))).toEqual(spans);
    expect(model.items.map((i) => i.scoreCell)).toEqual(spans.map((s) => ({ row: s.row, col: 6 })));
    expect(model.layout.total?.row).toBe(52);
  });

  it("(c) reads the unit line, item numbers, 10分 / １０ points and the SUM total row", async () => {
    const model = await inspect(fx.messy2014());
    expect(model.layout.unit).toBe("嵯岗镇");
    expect(model.items.map((i) => i.no)).toEqual(NAMES_2014.map((_n, i) => String(i + 1)));
    expect(model.items.map((i) => i.pointsCell)).toEqual(NAMES_2014.map((_n, i) => `C${4 + i}`));
    expect(model.layout.firstRow).toBe(4);
    expect(model.layout.lastRow).toBe(14);
    expect(model.layout.total).toMatchObject({ row: 15, declaredPoints: 100, pointsFormula: "=SUM(C4:C14)", scoreFormula: "=SUM(E4:E14)" });
  });

  it("with the rubric: row 3 per clause capped at 3 occurrences, row 6 excepts 嵯岗 and 罕达盖", async () => {
    const model = await inspect(fx.messy2014(), true);
    const perClause = model.items[2]?.clauses[1];
    expect(perClause).toMatchObject({ kind: "per", amount: 0.5, unit: "次", maxCount: 3 });
    expect(model.items[5]?.clauses[0]?.except).toEqual(["嵯岗", "罕达盖"]);
    expect(model.items[5]?.clauses[3]).toMatchObject({ kind: "per", amount: 2, unit: "个" });
    expect(model.items[8]?.clauses[5]).toMatchObject({ kind: "per", amount: 2, unit: "个" });
  });

  it("reads the synonyms 考核内容 / 扣分标准 / 标准分 / 实得分", async () => {
    const model = await inspect(fx.synonyms2014());
    expect(model.layout.columns).toMatchObject({ index: 1, item: 2, criteria: 3, points: 4, score: 5 });
    expect(model.items.map((i) => i.name)).toEqual(NAMES_2014);
    expect(model.items.map((i) => i.points)).toEqual(POINTS_2014);
    expect(model.layout.total?.row).toBe(13);
  });

  it("reads points from the item text when there is no 分值 column", async () => {
    const model = await inspect(fx.pointsInItemText());
    expect(model.layout.headerRow).toBe(2);
    expect(model.layout.columns.points).toBeUndefined();
    expect(model.items.map((i) => [i.name, i.points, i.pointsCell])).toEqual([
      ["床铺", 20, null],
      ["地面", 30, null],
      ["桌面", 25, null],
      ["门窗", 25, null],
    ]);
    expect(model.items[0]?.clauses.map((c) => c.kind)).toEqual(["per", "deduct"]);
    expect(model.items[0]?.clauses[1]?.untilExhausted).toBe(true);
    expect(model.pointsSum).toBe(100);
  });

  it("has no score column and says so", async () => {
    const model = await inspect(fx.noScoreColumn2014());
    expect(model.layout.columns.score).toBeUndefined();
    expect(model.items.every((i) => i.scoreCell === null)).toBe(true);
    expect(model.items).toHaveLength(11);
  });

  it("applies a criteria cell merged across three items to each of them, with a warning", async () => {
    const model = await inspect(fx.sharedCriteria());
    expect(model.items.map((i) => i.name)).toEqual(["办公室卫生", "会议室卫生", "走廊卫生"]);
    for (const item of model.items) {
      expect(item.clauses).toHaveLength(1);
      expect(item.clauses[0]).toMatchObject({ kind: "per", amount: 1, untilExhausted: true });
    }
    expect(model.problems.map((p) => [p.severity, p.code, p.cell])).toContainEqual(["warning", "criteria-merged-across-items", "B2"]);
  });

  it("skips group header rows and keeps them as each item's group", async () => {
    const model = await inspect(fx.groupHeaders());
    expect(model.items.map((i) => i.name)).toEqual(["楼道", "卫生间", "公共区域", "宿舍", "着装", "仪容"]);
    expect(model.items.map((i) => i.group)).toEqual([
      ...Array(3).fill("公共卫生成绩评分项(50分)"),
      ...Array(3).fill("个人卫生成绩评分项(50分)"),
    ]);
    expect(model.items[4]?.clauses[0]).toMatchObject({ kind: "per", amount: 1, cap: 10 });
    expect(model.pointsSum).toBe(100);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("uses the first sheet that holds a scoring table", async () => {
    const grids = gridsFromWorkbook(await fx.roundTrip(fx.severalSheets()));
    expect(grids.map((g) => g.name)).toEqual(["填表说明", "评分表", "Sheet3"]);
    expect(findScoringSheet(grids)).toBe(1);
    expect(findScoringSheet(grids.slice(0, 1))).toBe(-1);
  });
});

describe("checks on a filled 2014 sheet", () => {
  it("flags 9分 (warning), 12 of 10 (error), a blank (warning) and the wrong total (error)", async () => {
    const problems = checkSheet(await inspect(fx.filled2014()));
    const seen = problems.map((p) => [p.severity, p.code, p.cell]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ["warning", "score-as-text", "F3"],
        ["error", "score-out-of-range", "F4"],
        ["warning", "score-blank", "F7"],
        ["error", "total-mismatch", "F13"],
      ]),
    );
    expect(problems.filter((p) => p.severity === "error")).toHaveLength(2);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("finds nothing wrong with full marks", async () => {
    const problems = checkSheet(await inspect(fx.fullMarks2014()));
    expect(problems.filter((p) => p.severity !== "info")).toEqual([]);
  });
});
