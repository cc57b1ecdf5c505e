// Defects the mock could not show before it learnt to: Excel parsing written text, text constants starting
// with "=", a write failing part way, the response size limit, workbook structure protection, undo over edits.
import { HostError } from "../../src/host/scoringHost";
import type { WriteReceipt } from "../../src/host/scoringHost";
import { ExcelHost } from "../../src/excel";
import { toHostError } from "../../src/excel/errors";
import { needsTextPrefix, toExcelValue } from "../../src/excel/writeBlocks";
import { leakedMockErrors, LOG_SHEET_NAME, logRows, SCORE_SHEET, scorePlan, setup } from "./helpers";
import { typedIn } from "./mockExcel";

const catchError = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a rejection"); }, (e: unknown) => e);

describe("1. text that Excel would parse is written with the apostrophe prefix", () => {
  it("decides generously which strings need the prefix", () => {
    for (const text of ["=计划未见", "+1", "-x", "@a", "1-2", "3/4", "001", "2023", "12:30", "5%", "１２", " 5", "(5)", "'引号", "#N/A", "TRUE", "false", "扣2分"]) {
      expect([text, needsTextPrefix(text)]).toEqual([text, true]);
    }
    for (const text of ["目标项目", "deduct", "计划未见", "张三", ""]) expect([text, needsTextPrefix(text)]).toEqual([text, false]);
    expect(toExcelValue("=计划未见")).toBe("'=计划未见");
    expect(toExcelValue(null)).toBe("");
    expect(toExcelValue(10)).toBe(10);
    // the mock parses like Excel: without the prefix these would not stay text
    expect(typedIn("=计划未见").formula).toBe("=计划未见");
    expect(typedIn("001").value).toBe(1);
    expect(typeof typedIn("1-2").value).toBe("number");
    expect(typedIn("'2023").value).toBe("2023");
  });

  it("keeps notes and the log's sheet name as text (no formula, date or number)", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const plan = scorePlan(book);
    const notes = ["=计划未见", "1-2", "3/4", "001"];
    plan.writes.push(...notes.map((value, i) => ({ row: 4 + i, col: 7, value, previous: null })));
    plan.log = logRows([[5, "党员队伍建设", 2, "发展党员工作不规范、材料不齐全的扣5分", -5]]);
    plan.log[1][0] = "2023"; // a sheet named 2023 in the log's 工作表 column
    await host.write(plan);

    notes.forEach((note, i) => {
      expect(excel.cell(SCORE_SHEET, 4 + i, 7)).toBe(note);
      expect(excel.sheet(SCORE_SHEET).formulas[3 + i][6]).toBeNull();
    });
    expect(excel.cell(LOG_SHEET_NAME, 2, 1)).toBe("2023");
    expect(excel.cell(LOG_SHEET_NAME, 2, 14)).toBe("2026-11-27T10:00:00.000Z");
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5); // numbers stay numbers
  });
});

describe("2. a text constant starting with = is not a formula", () => {
  it("is not reported as a formula by scan, and undo puts it (and '007') back as text", async () => {
    const { excel, host, book } = setup();
    excel.userEdit(SCORE_SHEET, 4, 6, "=见附件");
    excel.userEdit(SCORE_SHEET, 5, 6, "007");
    const { grid } = await host.scan();
    expect(grid.values[3][5]).toBe("=见附件");
    expect(grid.formulas?.[3][5]).toBeNull();
    expect(grid.formulas?.[book.totalRow - 1][5]).toBe(`=SUM(F4:F${book.lastRow})`);

    const plan = scorePlan(book);
    plan.writes.push({ row: book.totalRow, col: 6, value: 95, previous: 0 }); // and a real formula replaced
    const receipt = await host.write(plan);
    expect(receipt.previous[0]).toEqual({ row: 4, col: 6, value: "=见附件" });
    expect(receipt.previous.at(-1)).toEqual({ row: book.totalRow, col: 6, value: `=SUM(F4:F${book.lastRow})`, formula: true });
    await host.undo(receipt);

    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe("=见附件");
    expect(excel.sheet(SCORE_SHEET).formulas[3][5]).toBeNull();
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe("007");
    expect(excel.sheet(SCORE_SHEET).formulas[book.totalRow - 1][5]).toBe(`=SUM(F4:F${book.lastRow})`);
  });
});

describe("3. a write that fails part way", () => {
  const oldLog = logRows([[4, "落实党组织书记抓党建责任制", 4, "会议没召开的扣2分", -2]]);
  const withOldLog = () => {
    const s = setup();
    s.excel.sheets.push({ name: LOG_SHEET_NAME, values: oldLog.map((r) => r.slice()), formulas: [], merges: [], protected: false });
    return s;
  };
  const plainOld = oldLog.map((row) => row.map((v) => (v === "" ? null : v)));

  it("writes the cells before touching the log: a failure in the first block leaves the old log", async () => {
    const { excel, host, book } = withOldLog();
    excel.userEdit(SCORE_SHEET, 4, 6, 8);
    await host.scan();
    excel.failWrite = (w) => (w.sheet === SCORE_SHEET ? "GeneralException" : null);
    const error = (await catchError(host.write(scorePlan(book)))) as HostError;

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "failed", message: expect.stringContaining("部分写入") });
    expect(excel.ops).toEqual([]); // the log was not cleared
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual(plainOld);
    expect(error.receipt?.previous[0]).toEqual({ row: 4, col: 6, value: 8 });
  });

  it("rejects with the receipt when a later chunk fails, and undo with it puts everything back", async () => {
    const { excel, book, sync } = withOldLog();
    excel.userEdit(SCORE_SHEET, 4, 6, 8);
    const chunked = new ExcelHost({ chunkBytes: 400 }); // about one block per sync
    await chunked.scan();
    excel.failWrite = (w) => (w.sheet === LOG_SHEET_NAME ? "GeneralException" : null);
    sync.mockClear();
    const error = (await catchError(chunked.write(scorePlan(book)))) as HostError;

    expect(sync.mock.calls.length).toBeGreaterThan(2); // sync 1, then chunks: the last (the log) failed
    expect(error).toMatchObject({ code: "failed", message: expect.stringContaining("部分写入") });
    const receipt = error.receipt as WriteReceipt;
    expect(receipt.previousLog).toEqual(plainOld);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5); // written before the failure
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual([]); // cleared just before the failing log write

    excel.failWrite = null;
    await chunked.undo(receipt);
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe(8);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual(plainOld);
  });

  it("attaches no receipt when sync 1 refuses (nothing was written)", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    excel.sheet(SCORE_SHEET).protected = true;
    const error = (await catchError(host.write(scorePlan(book)))) as HostError;
    expect(error.code).toBe("protected");
    expect(error.receipt).toBeUndefined();
  });
});

describe("4. reads over Excel on the web's response limit", () => {
  it("scans 5,000 rows in row bands when the response is refused, each band under the limit", async () => {
    const plain = setup({ minRows: 5000 });
    const expected = await plain.host.scan();

    const { excel, host, sync } = setup({ minRows: 5000, host: { readBytes: 600_000 } });
    excel.responseLimit = 1_000_000;
    const result = await host.scan();

    expect(result.grid).toEqual(expected.grid);
    expect(result.log).toEqual(expected.log);
    expect(leakedMockErrors(result)).toEqual([]);
    expect(excel.responseBytes[0]).toBeGreaterThan(1_000_000); // the fast path was refused…
    expect(excel.responseBytes.slice(1).every((b) => b <= 1_000_000)).toBe(true); // …then every band fits
    expect(sync.mock.calls.length).toBeGreaterThan(3);
  });

  it("finds band sizes by itself when its first guess is refused too (default read size above the limit)", async () => {
    const plain = setup({ minRows: 2000 });
    const expected = await plain.host.scan();
    const { excel, host } = setup({ minRows: 2000 });
    excel.responseLimit = 300_000;
    expect((await host.scan()).grid).toEqual(expected.grid);
  });

  it("writes and undoes 5,000 rows under the limit (sync 1 of each read in bands)", async () => {
    const { excel, host, book } = setup({ minRows: 5000, host: { readBytes: 600_000 } });
    excel.responseLimit = 1_000_000;
    await host.scan();
    excel.userEdit(SCORE_SHEET, 4, 6, 8);
    await host.scan();
    const plan = scorePlan(book);
    const receipt = await host.write(plan);
    expect(receipt.previous[0]).toEqual({ row: 4, col: 6, value: 8 });
    expect(excel.cell(SCORE_SHEET, plan.writes.at(-1)!.row, 6)).toBe(plan.writes.at(-1)!.value);
    await host.undo(receipt);
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe(8);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
  });

  it("says so clearly when even one row is too large", async () => {
    const { excel, host } = setup();
    excel.responseLimit = 50;
    const error = await catchError(host.scan());
    expect(error).toMatchObject({ code: "failed", message: expect.stringContaining("5 MB") });
    expect(toHostError({ code: "ResponsePayloadSizeLimitExceeded" }, "en", "").message).toContain("5 MB");
  });
});

describe("5. structure protection and missing sheets", () => {
  it("refuses in sync 1 when 扣分明细 must be added to a structure-protected workbook", async () => {
    const { excel, host, book, sync } = setup();
    await host.scan();
    excel.structureProtected = true;
    sync.mockClear();
    const error = await catchError(host.write(scorePlan(book)));

    expect(error).toMatchObject({ code: "protected", message: expect.stringContaining("工作簿结构受保护，无法添加或删除“扣分明细”工作表") });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.applied).toEqual([]);
  });

  it("writes into an existing 扣分明细 of a structure-protected workbook", async () => {
    const { excel, host, book } = setup();
    excel.sheets.push({ name: LOG_SHEET_NAME, values: logRows([]), formulas: [], merges: [], protected: false });
    excel.structureProtected = true;
    await host.scan();
    await host.write(scorePlan(book));
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5);
  });

  it("names no empty sheet when a sheet vanishes during a scan without a sheet name", () => {
    const zh = toHostError({ code: "ItemNotFound" }, "zh", "");
    expect(zh).toMatchObject({ code: "missing-sheet" });
    expect(zh.message).not.toContain("“”");
    expect(toHostError({ code: "ItemNotFound" }, "en", "").message).not.toContain('""');
  });

  it("undoes after 扣分明细 was deleted: cells restored, the old log added back (or nothing to remove)", async () => {
    const created = setup();
    await created.host.scan();
    const first = await created.host.write(scorePlan(created.book));
    created.excel.sheets = created.excel.sheets.filter((s) => s.name !== LOG_SHEET_NAME);
    await created.host.undo(first);
    expect(created.excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
    expect(created.excel.sheets.map((s) => s.name)).toEqual([SCORE_SHEET]);

    const { excel, host, book } = setup();
    const old = logRows([[4, "落实党组织书记抓党建责任制", 4, "会议没召开的扣2分", -2]]);
    excel.sheets.push({ name: LOG_SHEET_NAME, values: old.map((r) => r.slice()), formulas: [], merges: [], protected: false });
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    excel.sheets = excel.sheets.filter((s) => s.name !== LOG_SHEET_NAME);
    await host.undo(receipt);
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual(old.map((row) => row.map((v) => (v === "" ? null : v))));
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
  });

  it("refuses undo in sync 1 when removing the log it added needs an unprotected workbook structure", async () => {
    const { excel, host, book, sync } = setup();
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    excel.structureProtected = true;
    const applied = excel.applied.length;
    sync.mockClear();
    const error = await catchError(host.undo(receipt));
    expect(error).toMatchObject({ code: "protected", message: expect.stringContaining("工作簿结构受保护") });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.applied.length).toBe(applied);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5);
  });
});

describe("6. undo checks first and never overwrites a later edit", () => {
  it("rejects with stale, naming the edited cell, and writes nothing (1 sync)", async () => {
    const { excel, host, book, sync } = setup();
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    excel.userEdit(SCORE_SHEET, 5, 6, 3); // the assessor corrects a score by hand
    const applied = excel.applied.length;
    sync.mockClear();
    const error = await catchError(host.undo(receipt));

    expect(error).toMatchObject({ code: "stale", message: expect.stringMatching(/苏木镇考核评分表.*F5/) });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.applied.length).toBe(applied);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(3);
    expect(excel.sheets.map((s) => s.name)).toContain(LOG_SHEET_NAME);
  });

  it("rejects with stale when the log sheet was edited after the fill", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    excel.userEdit(LOG_SHEET_NAME, 2, 11, "补充说明");
    const error = await catchError(host.undo(receipt));
    expect(error).toMatchObject({ code: "stale", message: expect.stringContaining(LOG_SHEET_NAME) });
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5);
  });

  it("accepts a cell put back by hand to what it held before", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    excel.userEdit(SCORE_SHEET, 5, 6, null);
    await host.undo(receipt);
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBeNull();
  });

  it("undoes 5,000 rows in at most 2 syncs under Excel on the web's 5 MB response limit", async () => {
    const { excel, host, book, sync } = setup({ minRows: 5000 });
    excel.responseLimit = 5 * 1024 * 1024;
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    sync.mockClear();
    await host.undo(receipt);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(excel.cell(SCORE_SHEET, book.itemRows.at(-1)!, 6)).toBeNull();
  });

  it("refuses a receipt it did not make", async () => {
    const { host } = setup();
    const error = await catchError(host.undo({ sheet: SCORE_SHEET, previous: [], previousLog: null }));
    expect(error).toMatchObject({ code: "failed" });
  });
});
