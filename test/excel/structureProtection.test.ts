// Workbook structure protection and sheets that vanish: adding 扣分明细 is refused up front, an existing one is
// written, and undo copes with a deleted log.
import { toHostError } from "../../src/excel/errors";
import { LOG_SHEET_NAME, logRows, SCORE_SHEET, scorePlan, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

const catchError = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

describe("structure protection and missing sheets", () => {
  it("refuses in sync 1 when 扣分明细 must be added to a structure-protected workbook", async () => {
    const { excel, host, book, sync } = setup();
    await host.scan();
    excel.structureProtected = true;
    sync.mockClear();
    const error = await catchError(host.write(scorePlan(book)));

    expect(error).toMatchObject({
      code: "protected",
      message: expect.stringContaining("工作簿结构受保护，无法添加或删除“扣分明细”工作表"),
    });
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
