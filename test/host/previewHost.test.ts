/** @jest-environment jsdom */
// The host contract over the browser preview's host, on an in-memory exceljs workbook.
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { hostContract, type HostUnderTest, type WorkbookDescription } from "./contract";

function previewHost(book: WorkbookDescription): HostUnderTest {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (ws.getCell(r + 1, c + 1).value = value)));
  }
  localStorage.clear();
  const host = new PreviewHost(workbook, "zh", `contract-${Math.random()}.xlsx`);
  const ws = (name: string) => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    host,
    cell(sheet, row, col) {
      const cell = ws(sheet).getCell(row, col);
      if (cell.formula) return `=${cell.formula}`;
      return (cell.value ?? null) as CellValue;
    },
    edit: (sheet, row, col, value) => void (ws(sheet).getCell(row, col).value = value),
    protect: (sheet) => void ((ws(sheet) as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection = { sheet: true }),
    removeSheet: (sheet) => workbook.removeWorksheet(ws(sheet).id),
    hasSheet: (sheet) => workbook.getWorksheet(sheet) !== undefined,
    selectByUser: (sheet, cell) => host.selectByUser(sheet, cell),
  };
}

hostContract("preview", previewHost);
