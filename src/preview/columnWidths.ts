import type { Workbook } from "exceljs";

/** Pixels for a column of `chars` Excel characters (default 8.43), capped at 60 characters. */
export function pixelWidth(chars: number | undefined): number {
  return Math.round(Math.min(chars ?? 8.43, 60) * 7 + 5);
}

/** Pixel widths of a sheet's columns, from Excel's character widths (default 8.43 characters). */
export function columnWidths(wb: Workbook, sheet: string, count: number): number[] {
  const ws = wb.getWorksheet(sheet);
  return Array.from({ length: count }, (_, i) => pixelWidth(ws?.getColumn(i + 1).width));
}
