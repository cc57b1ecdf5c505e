// Writes a corpus table as .xlsx in the layout its source shows: merged ranges, wrapped text, widths, borders.
import { Workbook } from "exceljs";
import type { Borders } from "exceljs";
import type { RealTable } from "../fixtures/real/realTable";

const THIN: Borders["top"] = { style: "thin" };

export function tableWorkbook(table: RealTable): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet(table.sheetName ?? "Sheet1");
  const columnCount = Math.max(0, ...table.rows.map((r) => r.length));
  table.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null || value === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      cell.alignment = { wrapText: true, vertical: "middle" };
    });
  });
  for (const range of table.merges ?? []) ws.mergeCells(range);
  table.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const headerRow = table.expected.headerRow;
  for (let r = Math.max(1, headerRow - 1); r <= table.rows.length; r++) {
    for (let c = 1; c <= columnCount; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  return wb;
}

export async function tableXlsx(table: RealTable): Promise<Buffer> {
  return Buffer.from(await tableWorkbook(table).xlsx.writeBuffer());
}
