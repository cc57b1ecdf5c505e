import { Workbook } from "exceljs";
import type { Borders } from "exceljs";
import type { Rubric } from "../core";
import { templateLayout } from "./templateLayout";

const THIN: Borders["top"] = { style: "thin" };
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A blank scoring sheet in the familiar layout (templateLayout.ts), with borders, wrapping and print setup. */
export function templateWorkbook(rubric: Rubric, unit?: string): Workbook {
  const { grid, widths, centred, headerRow, totalRow } = templateLayout(rubric, unit);
  const wb = new Workbook();
  const ws = wb.addWorksheet(grid.name, {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  grid.values.forEach((row, r) => {
    const excelRow = ws.getRow(r + 1);
    row.forEach((value, c) => {
      const formula = grid.formulas?.[r]?.[c];
      if (formula) excelRow.getCell(c + 1).value = { formula: formula.slice(1) };
      else if (value !== null) excelRow.getCell(c + 1).value = value;
    });
  });
  for (const m of grid.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);

  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 30;
  ws.getRow(headerRow).font = { bold: true };
  ws.getRow(totalRow).font = { bold: true };
  for (let r = headerRow; r <= totalRow; r++) {
    widths.forEach((_width, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.border = BOX;
      const middle = r === headerRow || centred[i];
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: middle ? "center" : "left" };
    });
  }
  return wb;
}
