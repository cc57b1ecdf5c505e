// Following the user's selection in Excel: WorksheetCollection.onSelectionChanged, on the Office.js mock.
import { ExcelHost } from "../../src/excel";
import { topLeftCell } from "../../src/excel/selection";
import type { CellSelection } from "../../src/host/scoringHost";
import { MockExcel } from "./mockExcel";

function excelWith(names: string[], minor = 13): MockExcel {
  const excel = new MockExcel(
    names.map((name) => ({ name, values: [["x"]], formulas: [], merges: [], protected: false })),
    { mergedAreas: true, minor },
  );
  excel.install();
  return excel;
}

describe("topLeftCell", () => {
  it.each([
    ["B5", "B5"],
    ["B5:C7", "B5"],
    ["$B$5:$C$7", "B5"],
    ["Sheet1!B5:C7", "B5"],
    ["'考核 表''s'!D12:E13", "D12"],
    ["B:D", "B1"],
    ["5:7", "A5"],
    ["B5:C7, E2:E3", "B5"],
    ["AA100", "AA100"],
  ])("%s → %s", (address, cell) => {
    expect(topLeftCell(address)).toBe(cell);
  });

  it.each(["", "#REF!", "Sheet1!", "0:3"])("%s is no cell", (address) => {
    expect(topLeftCell(address)).toBeNull();
  });
});

describe("ExcelHost.watchSelection", () => {
  it("reports the sheet's name and the selection's top-left cell, with one sync per selection", async () => {
    const excel = excelWith(["考核表", "2024 年 'A' 卷"]);
    const host = new ExcelHost({ lang: "zh" });
    const seen: CellSelection[] = [];
    await host.watchSelection!((s) => seen.push(s));
    const syncs = excel.syncs;
    await excel.selectByUser("考核表", "C4:D9");
    await excel.selectByUser("2024 年 'A' 卷", "B2");
    expect(seen).toEqual([
      { sheet: "考核表", cell: "C4" },
      { sheet: "2024 年 'A' 卷", cell: "B2" },
    ]);
    expect(excel.syncs - syncs).toBe(2);
  });

  it("follows a sheet renamed after the watch started (the event names it by id)", async () => {
    const excel = excelWith(["考核表"]);
    const host = new ExcelHost({ lang: "zh" });
    const seen: CellSelection[] = [];
    await host.watchSelection!((s) => seen.push(s));
    excel.rename("考核表", "考核表（终）");
    await excel.selectByUser("考核表（终）", "A2");
    expect(seen).toEqual([{ sheet: "考核表（终）", cell: "A2" }]);
  });

  it("stops at once, and removes the handler in the context it was added in", async () => {
    const excel = excelWith(["考核表"]);
    const host = new ExcelHost({ lang: "zh" });
    const seen: CellSelection[] = [];
    const stop = await host.watchSelection!((s) => seen.push(s));
    expect(excel.selectionHandlers.size).toBe(1);
    // The removal's sync is held, as a round trip to Excel would: a selection made meanwhile is not reported.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sync = excel.context.sync;
    excel.context.sync = async () => {
      excel.context.sync = sync;
      await gate;
      return sync();
    };
    stop();
    await excel.selectByUser("考核表", "B3");
    expect(excel.selectionHandlers.size).toBe(1);
    expect(seen).toEqual([]);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(excel.selectionHandlers.size).toBe(0);
    expect(excel.runsInContext).toEqual([excel.context]);
    stop();
    expect(excel.runsInContext).toHaveLength(1);
  });

  it("drops a selection on a sheet deleted before its name was read", async () => {
    const excel = excelWith(["考核表", "说明"]);
    const host = new ExcelHost({ lang: "zh" });
    const seen: CellSelection[] = [];
    await host.watchSelection!((s) => seen.push(s));
    const handler = [...excel.selectionHandlers][0];
    const id = excel.idOf(excel.sheet("说明"));
    excel.sheets = excel.sheets.filter((s) => s.name !== "说明");
    await handler({ address: "A1", worksheetId: id, type: "WorksheetSelectionChanged" });
    expect(seen).toEqual([]);
  });

  it("is absent below ExcelApi 1.9", () => {
    excelWith(["考核表"], 8);
    expect(new ExcelHost({ lang: "zh" }).watchSelection).toBeUndefined();
  });
});
