import { LOG_HEADER } from "../../src/core";
import { HostError } from "../../src/host/scoringHost";
import { leakedMockErrors, LOG_SHEET_NAME, logRows, SCORE_SHEET, scorePlan, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

describe("ExcelHost.write", () => {
  it("writes 得分 in blocks and the log sheet in at most 2 syncs (10 rows)", async () => {
    const { excel, host, book, sync } = setup();
    await host.scan();
    sync.mockClear();
    const plan = scorePlan(book);
    const receipt = await host.write(plan);

    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(excel.runOptions.at(-1)).toEqual({ delayForCellEdit: true });
    // F4:F6 (F6 is the master of F6:F7; F7 is not written), F8:F15, and the log sheet at A1.
    expect(excel.applied).toEqual([
      { sheet: SCORE_SHEET, top: 4, left: 6, rows: 3, cols: 1, via: "values" },
      { sheet: SCORE_SHEET, top: 8, left: 6, rows: 8, cols: 1, via: "values" },
      { sheet: LOG_SHEET_NAME, top: 1, left: 1, rows: 2, cols: LOG_HEADER.length, via: "values" },
    ]);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5);
    expect(excel.cell(SCORE_SHEET, 6, 6)).toBe(10);
    expect(excel.cell(SCORE_SHEET, 7, 6)).toBeNull();
    expect(excel.ops).toEqual([`add:${LOG_SHEET_NAME}`]);
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual(plan.log);
    expect(receipt).toEqual({
      sheet: SCORE_SHEET,
      previous: plan.writes.map(({ row, col }) => ({ row, col, value: null })),
      previousLog: null,
      written: plan.writes.map(({ row, col, value }) => ({ row, col, value })),
      writtenLog: plan.log,
    });
    expect(leakedMockErrors(receipt)).toEqual([]);
    expect(book.totalRow).toBe(16);
  });

  it("writes 5,000 rows in at most 2 syncs under Excel on the web's 5 MB response limit", async () => {
    const { excel, host, book, sync } = setup({ minRows: 5000 });
    excel.responseLimit = 5 * 1024 * 1024;
    await host.scan();
    sync.mockClear();
    const responses = excel.responseBytes.length;
    const plan = scorePlan(book);
    await host.write(plan);

    expect(plan.writes.length).toBeGreaterThan(4500);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(Math.max(...excel.responseBytes.slice(responses))).toBeLessThanOrEqual(excel.responseLimit);
    const last = plan.writes.at(-1)!;
    expect(excel.cell(SCORE_SHEET, last.row, 6)).toBe(last.value);
    // one block per run of adjacent written cells: the unwritten lower half of each split item breaks the column
    // once per 11 items; plus the log sheet
    expect(excel.applied.length).toBe(book.itemRows.length / 11 + 2);
  });

  it("refuses a protected sheet and writes nothing", async () => {
    const { excel, host, book, sync } = setup();
    await host.scan();
    excel.sheet(SCORE_SHEET).protected = true;
    sync.mockClear();
    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "protected", message: expect.stringContaining("受保护") });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.applied).toEqual([]);
    expect(excel.ops).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual([SCORE_SHEET]);
  });

  it("refuses when the log sheet is protected, before touching the scored sheet", async () => {
    const { excel, host, book } = setup();
    excel.sheets.push({ name: LOG_SHEET_NAME, values: logRows([]), formulas: [], merges: [], protected: true });
    await host.scan();
    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "protected", message: expect.stringContaining(LOG_SHEET_NAME) });
    expect(excel.applied).toEqual([]);
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBeNull();
  });

  it("refuses a sheet edited since the scan (stale) and writes nothing", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    excel.userEdit(SCORE_SHEET, 9, 3, "党员中心户作用发挥不明显的扣3分"); // someone edits a 评分标准 cell
    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "stale", message: expect.stringContaining("被修改") });
    expect(excel.applied).toEqual([]);
    expect(excel.ops).toEqual([]);
  });

  it("treats a write without a scan of that sheet as stale", async () => {
    const { excel, host, book } = setup();
    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "stale" });
    expect(excel.applied).toEqual([]);
  });

  it("refuses a sheet deleted since the scan (missing-sheet) and writes nothing, in English when asked", async () => {
    const { excel, host, book } = setup({ host: { lang: "en" } });
    await host.scan();
    excel.sheets = [];
    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "missing-sheet", message: expect.stringContaining(`Sheet "${SCORE_SHEET}" was not found`) });
    expect(excel.applied).toEqual([]);
    expect(excel.ops).toEqual([]);
  });

  it("does not take a recalculated formula for an edit", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    excel.sheet(SCORE_SHEET).values[book.totalRow - 1][5] = 95; // SUM recalculated; its formula unchanged
    await expect(host.write(scorePlan(book))).resolves.toMatchObject({ sheet: SCORE_SHEET });
  });

  it("records in the receipt what was really in the cells, not what the plan assumed", async () => {
    const { excel, host, book } = setup();
    excel.userEdit(SCORE_SHEET, 4, 6, 8);
    await host.scan();
    const receipt = await host.write(scorePlan(book)); // the plan says previous: null everywhere

    expect(receipt.previous[0]).toEqual({ row: 4, col: 6, value: 8 });
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe(10);
  });

  it("accepts a second write after its own first one without a new scan", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const plan = scorePlan(book);
    await host.write(plan);
    const again = { ...plan, writes: [{ row: 5, col: 6, value: 7, previous: 5 }] };
    const receipt = await host.write(again);

    expect(receipt.previous).toEqual([{ row: 5, col: 6, value: 5 }]);
    expect(receipt.previousLog).toEqual(plan.log);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(7);
  });

  it("clears an existing log sheet before writing the whole new log (no old rows left)", async () => {
    const { excel, host, book } = setup();
    const old = logRows([
      [4, "落实党组织书记抓党建责任制", 1, "党建工作计划和总结空洞、缺少实质内容的扣2分", -2],
      [4, "落实党组织书记抓党建责任制", 4, "会议没召开的扣2分", -2],
      [8, "推广\"532\"工作法情况", 1, "没开展\"532\"工作法培训的扣2分", -2],
    ]);
    excel.sheets.push({ name: LOG_SHEET_NAME, values: old, formulas: [], merges: [], protected: false });
    await host.scan();
    const plan = scorePlan(book);
    const receipt = await host.write(plan);

    expect(excel.ops).toEqual([`clear:${LOG_SHEET_NAME}`]);
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual(plan.log);
    expect(receipt.previousLog).toEqual(old.map((row) => row.map((v) => (v === "" ? null : v))));
  });
});
