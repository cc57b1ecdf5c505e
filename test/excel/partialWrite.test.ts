// A write that fails part way: cells are written before the log, and the rejection carries the receipt that undoes it.
import { HostError } from "../../src/host/scoringHost";
import type { WriteReceipt } from "../../src/host/scoringHost";
import { ExcelHost } from "../../src/excel";
import { LOG_SHEET_NAME, logRows, SCORE_SHEET, scorePlan, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

const catchError = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

describe("a write that fails part way", () => {
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
