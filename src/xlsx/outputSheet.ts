// Draws an OutputSheet (汇总, 失分分析, 反馈单, 评分人明细 as core lays them out) on an exceljs worksheet: values,
// formulas with their results, merges, borders, bold headers, widths, number formats, A4 print setup and page
// breaks. exceljs writes no charts; a chart in the layout is left to hosts that can draw one.
import type { Borders, Workbook, Worksheet } from "exceljs";
import { a1 } from "../core";
import type { OutputSheet } from "../core";

const THIN: Borders["top"] = { style: "thin" };
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function drawOutputSheet(ws: Worksheet, out: OutputSheet): void {
  const formulas = new Map(out.formulas.map((f) => [a1(f.row, f.col), f.formula.replace(/^=/, "")]));
  const bold = new Set(out.boldRows);
  const boxed = new Set(out.boxedRows);
  const width = out.widths.length;
  out.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  out.rows.forEach((values, r) => {
    const row = r + 1;
    const cells = boxed.has(row) ? Math.max(width, values.length) : values.length;
    for (let c = 1; c <= cells; c++) {
      const cell = ws.getCell(row, c);
      const value = values[c - 1] ?? null;
      const formula = formulas.get(a1(row, c));
      cell.value = formula ? { formula, result: value ?? undefined } : value;
      const centred = bold.has(row) || typeof value === "number";
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: centred ? "center" : "left" };
      if (bold.has(row)) cell.font = { bold: true };
      if (boxed.has(row)) cell.border = BOX;
      const format = out.numberFormats[c];
      if (format && typeof value === "number" && row > 2) cell.numFmt = format;
    }
  });
  for (const m of out.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // The first row is the sheet's title.
  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(1).height = 30;
  for (const row of out.pageBreaks) ws.getRow(row).addPageBreak();
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: out.landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (out.printTitleRows) ws.pageSetup.printTitlesRow = out.printTitleRows;
}

/** Replaces (or adds at the end) a worksheet named like `out` and draws it. */
export function putOutputSheet(wb: Workbook, out: OutputSheet): Worksheet {
  const old = wb.getWorksheet(out.name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(out.name);
  drawOutputSheet(ws, out);
  return ws;
}
