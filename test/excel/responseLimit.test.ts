// Reads and writes over Excel on the web's response size limit: scans in row bands that fit, found by itself.
import { toHostError } from "../../src/excel/errors";
import { leakedMockErrors, SCORE_SHEET, scorePlan, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

const catchError = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

describe("reads over Excel on the web's response limit", () => {
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
