// A SheetGrid laid out as table cells: merged areas become one cell with row and column spans.
import { a1, type CellValue, type SheetGrid } from "../core";

export interface GridCell {
  row: number;
  col: number;
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  numeric: boolean;
}

function display(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(Math.round(value * 1e6) / 1e6);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** Rows of cells to draw (1-based coordinates); cells covered by a merge are left out. */
export function gridCells(grid: SheetGrid): { rows: GridCell[][]; columnCount: number } {
  const rowCount = grid.values.length;
  const columnCount = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges ?? []) {
    spans.set(`${m.top}:${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const rows: GridCell[][] = [];
  for (let row = 1; row <= rowCount; row++) {
    const cells: GridCell[] = [];
    for (let col = 1; col <= columnCount; col++) {
      if (covered.has(`${row}:${col}`)) continue;
      const value = grid.values[row - 1]?.[col - 1];
      const span = spans.get(`${row}:${col}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({ row, col, address: a1(row, col), text: display(value), numeric: typeof value === "number", ...span });
    }
    rows.push(cells);
  }
  return { rows, columnCount };
}
