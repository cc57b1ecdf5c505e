import { LOG_SHEET_NAME, logRows, SCORE_SHEET, scorePlan, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

function snapshot(values: unknown[][]): unknown[][] {
  return JSON.parse(JSON.stringify(values));
}

describe("ExcelHost.undo", () => {
  it("puts back every cell and removes the log sheet it created, in at most 2 syncs (check, then restore)", async () => {
    const { excel, host, book, sync } = setup();
    const before = snapshot(excel.sheet(SCORE_SHEET).values);
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5);
    sync.mockClear();
    await host.undo(receipt);

    expect(sync).toHaveBeenCalledTimes(2);
    expect(excel.sheets.map((s) => s.name)).toEqual([SCORE_SHEET]);
    const after = excel.sheet(SCORE_SHEET).values.map((row) => row.map((v) => v ?? null));
    expect(after.slice(0, before.length)).toEqual(before.map((row) => row.map((v) => v ?? null)));
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
  });

  it("restores the previous log and the previous scores exactly", async () => {
    const { excel, host, book } = setup();
    const old = logRows([[4, "落实党组织书记抓党建责任制", 4, "会议没召开的扣2分", -2]]);
    excel.sheets.push({ name: LOG_SHEET_NAME, values: snapshot(old) as typeof old, formulas: [], merges: [], protected: false });
    excel.userEdit(SCORE_SHEET, 4, 6, 8);
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    await host.undo(receipt);

    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe(8);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
    expect(excel.sheet(LOG_SHEET_NAME).values).toEqual(old.map((row) => row.map((v) => (v === "" ? null : v))));
    // and the host still knows the sheet: a new write is not stale
    await expect(host.write(scorePlan(book))).resolves.toMatchObject({ sheet: SCORE_SHEET });
  });

  it("brings back a formula that a forced write replaced", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const plan = scorePlan(book);
    plan.writes.push({ row: book.totalRow, col: 6, value: 95, previous: 0 });
    const receipt = await host.write(plan);
    expect(excel.sheet(SCORE_SHEET).formulas[book.totalRow - 1][5]).toBeNull();
    await host.undo(receipt);

    expect(excel.sheet(SCORE_SHEET).formulas[book.totalRow - 1][5]).toBe(`=SUM(F4:F${book.lastRow})`);
    expect(excel.applied.filter((w) => w.sheet === SCORE_SHEET).at(-1)?.via).toBe("formulas");
  });
});

describe("ExcelHost.select", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { excel, host, sync } = setup();
    await host.select(SCORE_SHEET, "F5");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.ops).toEqual([`activate:${SCORE_SHEET}`, `select:${SCORE_SHEET}!R5C6`]);
  });

  it("rejects with missing-sheet for a sheet that is gone", async () => {
    const { host } = setup();
    await expect(host.select("已删除", "A1")).rejects.toMatchObject({ code: "missing-sheet" });
  });
});
