// The host contract over the Excel host, on the Office.js mock.
import { ExcelHost } from "../../src/excel";
import type { CellValue } from "../../src/core";
import { MockExcel } from "../excel/mockExcel";
import { hostContract, type HostUnderTest, type WorkbookDescription } from "./contract";

jest.mock("../../src/excel/loadWritePath", () => require("../excel/mockWritePath"));

function excelHost(book: WorkbookDescription): HostUnderTest & { excel: MockExcel } {
  const excel = new MockExcel(
    book.sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => r.slice()), formulas: [], merges: [], protected: false })),
  );
  excel.install();
  const host = new ExcelHost({ lang: "zh" });
  return {
    excel,
    host,
    cell: (sheet, row, col) => excel.sheet(sheet).formulas[row - 1]?.[col - 1] ?? excel.cell(sheet, row, col),
    edit: (sheet, row, col, value) => excel.userEdit(sheet, row, col, value),
    protect: (sheet) => void (excel.sheet(sheet).protected = true),
    removeSheet: (sheet) => void (excel.sheets = excel.sheets.filter((s) => s.name !== sheet)),
    hasSheet: (sheet) => excel.sheets.some((s) => s.name === sheet),
    selectByUser: (sheet, cell) => excel.selectByUser(sheet, cell),
    // Lands between the write's first sync (the check) and its second (the write), as a co-author's edit would.
    editDuringWrite(sheet: string, row: number, col: number, value: CellValue) {
      const sync = excel.context.sync;
      let calls = 0;
      excel.context.sync = async () => {
        if (++calls === 2) {
          excel.userEdit(sheet, row, col, value);
          excel.context.sync = sync;
        }
        return sync();
      };
    },
  };
}

hostContract("Excel (mock)", excelHost);
