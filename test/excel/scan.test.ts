import { HostError } from "../../src/host/scoringHost";
import { ExcelHost } from "../../src/excel";
import { MockExcel } from "./mockExcel";
import { leakedMockErrors, LOG_SHEET_NAME, logRows, SCORE_SHEET, setup } from "./helpers";
import { HEADER, mockSheets, rubricWorkbook } from "./workbooks";

describe("ExcelHost.scan", () => {
  it("reads the 2014 sheet padded to A1, with formulas and merges, in at most 2 syncs", async () => {
    const { excel, host, book, sync } = setup();
    const result = await host.scan();

    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
    expect(leakedMockErrors(result)).toEqual([]);
    const { grid } = result;
    expect(grid.name).toBe(SCORE_SHEET);
    expect(grid.values[0][0]).toBe("2014年度苏木镇基层党建工作考核评分细则");
    expect(grid.values[0][1]).toBeNull(); // a merge's value sits only in its master cell
    expect(grid.values[1][0]).toBe("被考核单位：嵯岗镇");
    expect(grid.values[2]).toEqual(HEADER);
    expect(grid.values[4][0]).toBe("党员队伍建设");
    expect(grid.values[4][4]).toBe(10);
    expect(grid.values[3][5]).toBeNull(); // 得分 blank, "" from Excel becomes null
    expect(grid.formulas?.[book.totalRow - 1][4]).toBe(`=SUM(E4:E${book.lastRow})`);
    expect(grid.formulas?.[book.totalRow - 1][3]).toBeNull();
    expect(grid.values[book.totalRow - 1][4]).toBe(100);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 2, left: 1, bottom: 2, right: 6 },
        { top: 6, left: 1, bottom: 7, right: 1 },
        { top: 6, left: 6, bottom: 7, right: 6 },
      ]),
    );
    expect(grid.merges).toHaveLength(7);
    expect(result.sheets).toEqual([SCORE_SHEET]);
    expect(result.log).toBeNull();
  });

  it("scans 5,000 rows in at most 2 syncs under Excel on the web's 5 MB response limit, asking for merged areas in bands Excel can answer", async () => {
    const { excel, host, book, sync } = setup({ minRows: 5000 });
    excel.responseLimit = 5 * 1024 * 1024;
    const { grid } = await host.scan();

    expect(book.lastRow).toBeGreaterThanOrEqual(5003);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(Math.max(...excel.responseBytes)).toBeLessThanOrEqual(excel.responseLimit);
    expect(grid.values).toHaveLength(book.totalRow);
    expect(grid.values[book.lastRow - 1]).toHaveLength(6);
    const rounds = book.itemRows.length / 11;
    expect(grid.merges).toHaveLength(2 + 5 * rounds); // title, unit, and 5 columns of each split item
    expect(excel.mergedAreaRequests).toBeGreaterThan(1);
    expect(leakedMockErrors(grid.values)).toEqual([]);
  });

  it("reports merges as unknown without ExcelApi 1.13: a second sync only for the values of formula cells", async () => {
    const { excel, host, book, sync } = setup({ api: { mergedAreas: false, minor: 12 } });
    const { grid } = await host.scan();

    expect(grid.merges).toBeUndefined();
    expect(excel.mergedAreaRequests).toBe(0);
    expect(sync).toHaveBeenCalledTimes(2); // the SUMs of the total row: their values are not in Range.formulas
    expect(grid.values[book.totalRow - 1][4]).toBe(100);
    expect(grid.values[5][0]).toBe("党员干部教育管理");
    expect(grid.values[6][0]).toBeNull(); // the continuation row the core reads as part of the item

    const plain = new MockExcel([{ name: "表", values: [HEADER, ["党员队伍建设", "要求", "扣2分", "查资料", 10]], formulas: [], merges: [], protected: false }], {
      mergedAreas: false,
      minor: 12,
    });
    plain.install();
    const spy = jest.spyOn(plain.context, "sync");
    expect((await new ExcelHost().scan()).grid.values[1][4]).toBe(10);
    expect(spy).toHaveBeenCalledTimes(1); // no formula cells: one sync
  });

  it("falls back to the first sheet with a scoring table when the active one has none", async () => {
    const { host, sync } = setup({ coverSheet: true, active: "说明" });
    const result = await host.scan();

    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(result.grid.name).toBe(SCORE_SHEET);
    expect(result.grid.values[2]).toEqual(HEADER);
    expect(result.sheets).toEqual(["说明", SCORE_SHEET]);
  });

  it("reads the requested sheet, and rejects with missing-sheet when it does not exist", async () => {
    const { host } = setup({ coverSheet: true, active: "说明" });
    expect((await host.scan(SCORE_SHEET)).grid.name).toBe(SCORE_SHEET);

    const error = await host.scan("第二季度").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "missing-sheet", message: expect.stringContaining("第二季度") });
  });

  it("rejects with no-table (Chinese, or English when asked) when no sheet holds a scoring table", async () => {
    const sheets = [{ name: "说明", values: [["只有说明文字"]], formulas: [], merges: [], protected: false }];
    const excel = new MockExcel(sheets);
    excel.install();
    const zh = await new ExcelHost().scan().catch((e: unknown) => e);
    expect(zh).toMatchObject({ code: "no-table", message: expect.stringContaining("没有找到评分表") });
    const en = await new ExcelHost({ lang: "en" }).scan().catch((e: unknown) => e);
    expect(en).toMatchObject({ code: "no-table", message: expect.stringContaining("No scoring table") });
  });

  it("returns the log sheet's values and leaves it out of the sheet list", async () => {
    const book = rubricWorkbook();
    const excel = new MockExcel(mockSheets(book.workbook), undefined, SCORE_SHEET);
    const log = logRows([[5, "党员队伍建设", 2, "发展党员工作不规范、材料不齐全的扣5分", -5]]);
    excel.sheets.push({ name: LOG_SHEET_NAME, values: log, formulas: [], merges: [], protected: false });
    excel.install();
    const result = await new ExcelHost().scan();

    expect(result.sheets).toEqual([SCORE_SHEET]);
    expect(result.log).toEqual(log.map((row) => row.map((v) => (v === "" ? null : v))));
  });

  it("pads a table that starts at C5 so that values[0][0] is A1", async () => {
    const values = [[], [], [], [], [null, null, "目标项目", "评分标准", "分值", "得分"], [null, null, "党员队伍建设", "没制定发展党员工作计划的扣2分", 10]];
    const excel = new MockExcel([{ name: "表", values, formulas: [], merges: [], protected: false }]);
    excel.install();
    const { grid } = await new ExcelHost().scan();

    expect(grid.values[0][0]).toBeNull();
    expect(grid.values[4][2]).toBe("目标项目");
    expect(grid.values[5][4]).toBe(10);
    expect(grid.values[4]).toHaveLength(6);
  });
});
