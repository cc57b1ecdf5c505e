import type { Workbook } from "exceljs";
import type { SheetGrid } from "../core";

/** Excel's default column width, in characters. */
const DEFAULT_CHARS = 8.43;
/** Widest a column sized from its content gets, in characters: longer text wraps. */
const MAX_CONTENT_CHARS = 40;

/** Pixels for a column of `chars` Excel characters (default 8.43), capped at 60 characters. */
export function pixelWidth(chars: number | undefined): number {
  return Math.round(Math.min(chars ?? DEFAULT_CHARS, 60) * 7 + 5);
}

/** Width of a line in Excel characters: CJK and full-width forms take two. */
function lineChars(line: string): number {
  let n = 0;
  for (const ch of line)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * Characters for a column the sheet gives no width: its longest line of text (cells merged across columns left
 * out: a title spans several), between Excel's default and MAX_CONTENT_CHARS; an empty column keeps the default.
 */
export function contentChars(grid: SheetGrid, col: number): number {
  const spanning = new Set((grid.merges ?? []).filter((m) => m.left === col && m.right > m.left).map((m) => m.top));
  let widest = 0;
  grid.values.forEach((row, r) => {
    const value = row[col - 1];
    if (value === null || value === undefined || value === "" || spanning.has(r + 1)) return;
    for (const line of String(value).split("\n")) widest = Math.max(widest, lineChars(line));
  });
  if (widest === 0) return DEFAULT_CHARS;
  return Math.min(MAX_CONTENT_CHARS, Math.max(DEFAULT_CHARS, widest + 1));
}

/**
 * Pixel widths of a sheet's columns: Excel's character widths where the sheet sets them, else sized from the
 * column's content when the grid is given (default 8.43 characters without it).
 */
export function columnWidths(wb: Workbook, sheet: string, count: number, grid?: SheetGrid): number[] {
  const ws = wb.getWorksheet(sheet);
  return Array.from({ length: count }, (_, i) => {
    const set = ws?.getColumn(i + 1).width;
    return pixelWidth(set ?? (grid ? contentChars(grid, i + 1) : undefined));
  });
}
