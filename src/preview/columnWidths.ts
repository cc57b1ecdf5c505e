import type { Workbook } from "exceljs";

/** Pixel widths of a sheet's columns, from Excel's character widths (default 8.43 characters). */
export function columnWidths(wb: Workbook, sheet: string, count: number): number[] {
  const ws = wb.getWorksheet(sheet);
  return Array.from({ length: count }, (_, i) => {
    const chars = ws?.getColumn(i + 1).width ?? 8.43;
    return Math.round(Math.min(chars, 60) * 7 + 5);
  });
}
