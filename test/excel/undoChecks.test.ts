// Undo checks first and never overwrites a later edit: stale cells or log refuse it, a cell put back by hand does not.
import { LOG_SHEET_NAME, SCORE_SHEET, scorePlan, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

const catchError = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

describe("undo checks first and never overwrites a later edit", () => {
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
