// The adapter together with the core: what the pane does, from scan to undo, on the 2014 sheet.
import { decodeLog, inspectSheet, planWrites, resolveFindings, scoreSheet } from "../../src/core";
import { ExcelHost } from "../../src/excel";
import { MockExcel } from "./mockExcel";
import { mockSheets, rubricWorkbook, SCORE_SHEET } from "./workbooks";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

function excelWith(options: { coverSheet?: boolean; minRows?: number; mergedAreas?: boolean }) {
  const book = rubricWorkbook(options);
  const api = options.mergedAreas === false ? { mergedAreas: false, minor: 12 } : { mergedAreas: true, minor: 13 };
  const excel = new MockExcel(mockSheets(book.workbook), api, options.coverSheet ? "说明" : SCORE_SHEET);
  excel.install();
  return { excel, book, sync: jest.spyOn(excel.context, "sync") };
}

const META = { assessor: "张三", time: "2026-11-27T10:00:00.000Z" };

describe.each([true, false])("ExcelHost with the core (merged areas readable: %s)", (mergedAreas) => {
  it("finds the scoring sheet with the core, writes 得分 and the log, and undoes it", async () => {
    const { excel, book, sync } = excelWith({ coverSheet: true, mergedAreas });
    const host = new ExcelHost(); // the core's findScoringSheet decides which sheet holds the table

    const scan = await host.scan();
    expect(scan.grid.name).toBe(SCORE_SHEET);
    expect(inspectSheet(scan.grid).items).toHaveLength(11); // found without merges: blank rows read as continuation

    // The pane then reads that sheet by name, which brings its merges (when the Excel version can tell).
    const again = await host.scan(SCORE_SHEET);
    expect(again.grid.merges === undefined).toBe(!mergedAreas);
    const model = inspectSheet(again.grid);
    expect(model.layout.headerRow).toBe(3);
    expect(model.items).toHaveLength(11);
    expect(model.items[2]).toMatchObject({ row: 6, lastRow: 7, name: "党员干部教育管理" });
    const { resolved } = resolveFindings(model, [{ item: "党员队伍建设", clause: "发展党员工作不规范" }]);
    const result = scoreSheet(model, resolved, null);
    const plan = planWrites(model, result, { existingLog: again.log, meta: META });

    sync.mockClear();
    const receipt = await host.write(plan);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5);
    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe(10);
    expect(excel.cell(SCORE_SHEET, 6, 6)).toBe(10);
    expect(excel.cell(SCORE_SHEET, 7, 6)).toBeNull();

    // Reopening restores the ticks from the workbook: the log sheet decodes to the same finding.
    const reopened = await new ExcelHost().scan();
    const findings = decodeLog(reopened.log!, SCORE_SHEET).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ item: book.itemRows[1], clause: 2 });

    await host.undo(receipt);
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBeNull();
    expect(excel.sheets.map((s) => s.name)).toEqual(["说明", SCORE_SHEET]);
  });
});

it("scans and writes 5,000 rows with the core's plan in at most 2 syncs each", async () => {
  const { excel, sync } = excelWith({ minRows: 5000 });
  const host = new ExcelHost();
  const scan = await host.scan();
  expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
  const model = inspectSheet(scan.grid);
  expect(model.items.length).toBeGreaterThan(4500);
  const result = scoreSheet(model, [], null);
  const plan = planWrites(model, result, { existingLog: scan.log, meta: META });
  sync.mockClear();
  await host.write(plan);
  expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
  const last = model.items.at(-1)!;
  expect(excel.cell(SCORE_SHEET, last.scoreCell!.row, last.scoreCell!.col)).toBe(last.points);
});
