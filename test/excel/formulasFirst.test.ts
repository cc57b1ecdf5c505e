// Scan and write read a sheet's formulas first (Range.formulas holds every constant) and only the values that
// may differ from them: the grid and the content must be exactly what reading values and formulas gave.
import type { CellValue, SheetGrid } from "../../src/core";
import { formulaOf, padToA1, toCellValue, toSheetGrid, valueMayDiffer, valueRects } from "../../src/excel/readGrid";
import type { UsedRangeSnapshot } from "../../src/excel/readGrid";
import type { MockExcel } from "./mockExcel";
import { scorePlan, SCORE_SHEET, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

const LIMIT = 5 * 1024 * 1024;
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The previous path: values and formulas of the used range in one read, as scan did before. */
async function valuesAndFormulas(excel: MockExcel): Promise<{ grid: SheetGrid; content: CellValue[][]; bytes: number }> {
  const used = (excel.context.workbook as Any).worksheets.getItem(SCORE_SHEET).getUsedRangeOrNullObject(true);
  used.load("values, formulas, rowIndex, columnIndex");
  await excel.context.sync();
  const snap: UsedRangeSnapshot = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, formulas: used.formulas };
  const content = padToA1(
    snap.values!.map((row, r) => row.map((v, c) => toCellValue(formulaOf(snap.formulas![r][c], v) ?? v))),
    snap.rowIndex,
    snap.columnIndex,
    null,
  );
  return { grid: toSheetGrid(SCORE_SHEET, snap), content, bytes: excel.responseBytes.at(-1)! };
}

/** Cells whose value and formula text differ or could be mistaken: text "=…", "001", a boolean, a date as text, a formula giving text. */
function withTrickyCells(excel: MockExcel, totalRow: number): void {
  excel.userEdit(SCORE_SHEET, 4, 6, "=见附件");
  excel.userEdit(SCORE_SHEET, 5, 6, "007");
  excel.userEdit(SCORE_SHEET, 6, 7, true);
  excel.userEdit(SCORE_SHEET, 8, 7, "2014/1/1");
  excel.userEdit(SCORE_SHEET, 9, 7, "'引号");
  const sheet = excel.sheet(SCORE_SHEET);
  sheet.values[totalRow - 1][6] = "合计分";
  sheet.formulas[totalRow - 1][6] = '="合计"&"分"';
}

describe("formulas first, then only the values that may differ", () => {
  it.each([
    ["the 2014 sheet", 0],
    ["5,000 rows", 5000],
  ])("scans %s to the same grid and content as reading values and formulas, in half the response", async (_, minRows) => {
    const { excel, host, book, sync } = setup({ minRows });
    withTrickyCells(excel, book.totalRow);
    const before = await valuesAndFormulas(excel);
    excel.responseLimit = LIMIT;
    sync.mockClear();
    const syncsBefore = excel.responseBytes.length;
    const result = await host.scan();
    const after = excel.responseBytes.slice(syncsBefore);

    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect({ ...result.grid, merges: undefined }).toEqual({ ...before.grid, merges: undefined });
    expect(result.grid.values[3][5]).toBe("=见附件");
    expect(result.grid.formulas?.[3][5]).toBeNull();
    expect(result.grid.formulas?.[book.totalRow - 1][6]).toBe('="合计"&"分"');
    expect(result.grid.values[book.totalRow - 1][6]).toBe("合计分");
    expect(after[0]).toBeLessThan(before.bytes * 0.6);
    if (minRows) expect(before.bytes).toBeGreaterThan(LIMIT); // the previous path would have been refused on the web
    // the content a write compares against is what the previous path compared against
    expect((host as Any).seen.get(SCORE_SHEET)).toEqual(before.content);
    sync.mockClear();
    const syncsWrite = excel.responseBytes.length;
    const written = await host.write(scorePlan(book));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(written.previous[0]).toEqual({ row: 4, col: 6, value: "=见附件" });
    expect(written.previous[1]).toEqual({ row: 5, col: 6, value: "007" });
    if (minRows) {
      const write = excel.responseBytes.slice(syncsWrite);
      console.log(
        `5,000 rows: values + formulas ${before.bytes} bytes in one response; formulas first: scan ${after.join(" + ")}, write ${write.join(" + ")} bytes`,
      );
    }
  });

  it("keeps the stale check: an edit is stale, a recalculated SUM is not", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    excel.sheet(SCORE_SHEET).values[book.totalRow - 1][5] = 95;
    await expect(host.write(scorePlan(book))).resolves.toMatchObject({ sheet: SCORE_SHEET });
    await host.scan();
    excel.userEdit(SCORE_SHEET, 9, 3, "改过的评分标准");
    await expect(host.write(scorePlan(book))).rejects.toMatchObject({ code: "stale" });
  });

  it("asks for values only where Range.formulas may not be the value", () => {
    for (const f of ["=SUM(A1:A3)", "=见附件", "'引号", "TRUE", "2014/1/1", "12:30:00", "5%", "1-2", "001", "下午 1:30"]) {
      expect([f, valueMayDiffer(f)]).toEqual([f, true]);
    }
    for (const f of [10, true, "", "目标项目", "没制定发展党员工作计划的扣2分", "#N/A", null])
      expect([f, valueMayDiffer(f)]).toEqual([f, false]);
  });

  it("groups those cells into runs down each column, or into runs of rows when there would be too many", () => {
    const formulas = [
      ["a", "=1", "b"],
      ["c", "=2", "=3"],
      ["d", "e", "f"],
      ["=4", "g", "h"],
    ];
    const snap = { rowIndex: 2, columnIndex: 1, formulas };
    expect(valueRects(snap)).toEqual([
      { rowIndex: 5, columnIndex: 1, rowCount: 1, columnCount: 1 },
      { rowIndex: 2, columnIndex: 2, rowCount: 2, columnCount: 1 },
      { rowIndex: 3, columnIndex: 3, rowCount: 1, columnCount: 1 },
    ]);
    expect(valueRects(snap, 2)).toEqual([
      { rowIndex: 2, columnIndex: 1, rowCount: 2, columnCount: 3 },
      { rowIndex: 5, columnIndex: 1, rowCount: 1, columnCount: 3 },
    ]);
    expect(valueRects(snap, 1)).toEqual([{ rowIndex: 2, columnIndex: 1, rowCount: 4, columnCount: 3 }]);
    // a checkerboard of formulas stays within the bound
    const board = Array.from({ length: 1000 }, (_, r) => Array.from({ length: 6 }, (_, c) => ((r + c) % 2 ? "=1" : "x")));
    const rects = valueRects({ rowIndex: 0, columnIndex: 0, formulas: board });
    expect(rects.length).toBeLessThanOrEqual(200);
    const covered = new Set(rects.flatMap((r) => Array.from({ length: r.rowCount }, (_, i) => r.rowIndex + i)));
    expect(covered.size).toBe(1000);
    expect(valueRects(null)).toEqual([]);
  });
});
