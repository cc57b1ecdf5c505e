// The fill's code (write, undo and their checks) is not in the pane's first script: ExcelHost fetches it once a scan
// is done and awaits it on a fill. A fill whose code cannot load fails like any other (a HostError, nothing written)
// and the next fill tries the load again.
import { LOG_SHEET_NAME } from "../../src/core";
import * as writePath from "../../src/excel/writePath";
import { HostError } from "../../src/host/scoringHost";
import { SCORE_SHEET, scorePlan, setup } from "./helpers";

const mockLoad = jest.fn();
jest.mock("../../src/excel/loadWritePath", () => ({ loadWritePath: () => mockLoad() }));

beforeEach(() => {
  mockLoad.mockReset();
  mockLoad.mockResolvedValue(writePath);
});

describe("the fill's code, loaded apart", () => {
  it("is not asked for at start, and is fetched once the first scan is done", async () => {
    const { host } = setup();
    expect(mockLoad).not.toHaveBeenCalled();
    await host.scan();
    expect(mockLoad).toHaveBeenCalledTimes(1);
  });

  it("a fill whose code cannot load writes nothing and says so with a HostError; the next fill loads it", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    mockLoad.mockRejectedValueOnce(new Error("Loading chunk excel-write failed."));

    const error = await host.write(scorePlan(book)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("failed");
    expect((error as HostError).message).not.toContain("Loading chunk");
    expect(excel.applied).toEqual([]);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();

    const receipt = await host.write(scorePlan(book));
    expect(receipt.sheet).toBe(SCORE_SHEET);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5);
    expect(excel.sheet(LOG_SHEET_NAME).values.length).toBe(2);
  });

  it("undo waits for the same code", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const receipt = await host.write(scorePlan(book));
    mockLoad.mockClear();
    await host.undo(receipt);
    expect(mockLoad).toHaveBeenCalledTimes(1);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
  });
});
