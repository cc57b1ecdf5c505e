// Excel on the web: other people edit the same workbook. A co-author's edit that lands between the write's check
// and its write is kept; a hand edit to 扣分明细 since the scan stops the write; a renamed sheet is followed by its
// id; unwritten ticks are kept in the document's settings.
import { ExcelHost } from "../../src/excel";
import { HostError } from "../../src/host/scoringHost";
import type { WriteReceipt } from "../../src/host/scoringHost";
import { LOG_SHEET_NAME, logRows, SCORE_SHEET, scorePlan, setup } from "./helpers";
import type { MockExcel } from "./mockExcel";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

/** The co-author types into a cell once the write's first sync (the check) is done. */
function coauthorTypesAfterCheck(excel: MockExcel, row: number, col: number, value: number | string): void {
  const sync = excel.context.sync;
  let calls = 0;
  excel.context.sync = async () => {
    if (++calls === 2) excel.userEdit(SCORE_SHEET, row, col, value);
    return sync();
  };
}

describe("co-authors", () => {
  it("keeps a score a co-author typed during the write, writes the rest, and says which cell (3 syncs)", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    coauthorTypesAfterCheck(excel, 5, 6, 7);
    const sync = jest.spyOn(excel.context, "sync");
    const plan = scorePlan(book);
    const error = await host.write(plan).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "conflict", message: expect.stringContaining("F5") });
    expect(sync).toHaveBeenCalledTimes(3); // check; read + write; put the co-author's value back
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(7);
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe(10);
    expect(excel.cell(SCORE_SHEET, 8, 6)).toBe(plan.writes.find((w) => w.row === 8)!.value);
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual(plan.log);

    await host.undo((error as HostError).receipt as WriteReceipt);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(7);
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBeNull();
    expect(excel.sheets.map((s) => s.name)).toEqual([SCORE_SHEET]);
  });

  it("keeps a co-author's formula too, as a formula", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const sync = excel.context.sync;
    let calls = 0;
    excel.context.sync = async () => {
      if (++calls === 2) {
        const sheet = excel.sheet(SCORE_SHEET);
        sheet.values[3][5] = 9;
        sheet.formulas[3] = sheet.formulas[3] ?? [];
        sheet.formulas[3][5] = "=E4-1";
      }
      return sync();
    };
    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "conflict", message: expect.stringContaining("F4") });
    expect(excel.sheet(SCORE_SHEET).formulas[3][5]).toBe("=E4-1");
  });

  it("writes in 2 syncs when nobody else touched the cells, reading them in the write's own batch", async () => {
    const { excel, host, book, sync } = setup();
    await host.scan();
    sync.mockClear();
    const responses = excel.responseBytes.length;
    await host.write(scorePlan(book));
    expect(sync).toHaveBeenCalledTimes(2);
    // the second sync returned the target cells' values and formulas (it used to return nothing)
    expect(excel.responseBytes[responses + 1]).toBeGreaterThan(0);
  });

  it("refuses to write over rows typed into 扣分明细 since the scan, writing nothing", async () => {
    const { excel, host, book, sync } = setup();
    const old = logRows([[4, "落实党组织书记抓党建责任制", 4, "会议没召开的扣2分", -2]]);
    excel.sheets.push({ name: LOG_SHEET_NAME, values: old.map((r) => r.slice()), formulas: [], merges: [], protected: false });
    await host.scan();
    excel.userEdit(LOG_SHEET_NAME, 3, 1, SCORE_SHEET); // a row added by hand
    excel.userEdit(LOG_SHEET_NAME, 3, 4, "党员队伍建设");
    sync.mockClear();
    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "conflict", message: expect.stringContaining(LOG_SHEET_NAME) });
    expect((error as HostError).receipt).toBeUndefined();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.applied).toEqual([]);
    expect(excel.cell(LOG_SHEET_NAME, 3, 4)).toBe("党员队伍建设");
  });

  it("accepts its own log on the next write (what it wrote is what it saw)", async () => {
    const { host, book } = setup();
    await host.scan();
    await host.write(scorePlan(book));
    await expect(host.write(scorePlan(book))).resolves.toMatchObject({ sheet: SCORE_SHEET });
  });
});

describe("a sheet renamed after the scan", () => {
  it("is followed by its id: the write lands on it, a re-read finds it under its new name, undo puts it back", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    excel.rename(SCORE_SHEET, "嵯岗镇评分");
    const receipt = await host.write(scorePlan(book));
    expect(excel.cell("嵯岗镇评分", 5, 6)).toBe(5);
    expect(excel.sheets.map((s) => s.name)).toEqual(["嵯岗镇评分", LOG_SHEET_NAME]);

    const again = await host.scan(SCORE_SHEET);
    expect(again.grid.name).toBe("嵯岗镇评分");
    expect(again.grid.values[4][5]).toBe(5);

    await host.undo(receipt);
    expect(excel.cell("嵯岗镇评分", 5, 6)).toBeNull();
    expect(excel.sheets.map((s) => s.name)).toEqual(["嵯岗镇评分"]);
  });

  it("a sheet deleted (not renamed) is still missing-sheet", async () => {
    const { excel, host, book } = setup({ coverSheet: true });
    await host.scan();
    excel.sheets = excel.sheets.filter((s) => s.name !== SCORE_SHEET);
    await expect(host.write(scorePlan(book))).rejects.toMatchObject({ code: "missing-sheet" });
  });
});

describe("drafts in the document's settings", () => {
  it("are saved with saveAsync and read back by a new host over the same workbook", async () => {
    const { excel, host } = setup();
    await host.drafts.save(SCORE_SHEET, '{"v":1}');
    expect(excel.persistedSettings.get(`kaohe.draft:${SCORE_SHEET}`)).toBe('{"v":1}');
    await expect(new ExcelHost({ lang: "zh" }).drafts.load(SCORE_SHEET)).resolves.toBe('{"v":1}');
    await host.drafts.clear(SCORE_SHEET);
    expect(excel.persistedSettings.has(`kaohe.draft:${SCORE_SHEET}`)).toBe(false);
  });
});

describe("drafts saved while a save is under way", () => {
  it("are coalesced: one more saveAsync after the running one, holding the latest draft", async () => {
    const { excel, host } = setup();
    const saveAsync = jest.spyOn(Office.context.document.settings, "saveAsync");
    await Promise.all(["a", "ab", "abc", "abcd"].map((note) => host.drafts.save(SCORE_SHEET, note)));
    expect(saveAsync).toHaveBeenCalledTimes(2);
    expect(excel.persistedSettings.get(`kaohe.draft:${SCORE_SHEET}`)).toBe("abcd");
  });
});
