import type { CellRange, CellValue, SheetGrid } from "../../core";
import type { SheetCells } from "./sheetCells";

/** How far a merge whose top-left cell holds a value may stretch the grid beyond the cells that hold content. */
const MERGE_REACH = { rows: 1000, cols: 64 };

/**
 * The SheetGrid of a sheet's cells: as many rows and columns as its content reaches, plus what the merges of
 * content cells cover (an item merged down past the last filled row), within MERGE_REACH; merges clipped to that
 * rectangle, so a merge H1:XFD1048576 or a styled cell at XFD1048576 costs nothing. Each merged value is kept only
 * in the merge's top-left cell.
 */
export function gridOfCells(name: string, { cells, merges }: SheetCells): SheetGrid {
  let bottom = 0;
  let right = 0;
  const filled = new Set<string>();
  for (const c of cells) {
    if (c.row > bottom) bottom = c.row;
    if (c.col > right) right = c.col;
    if (merges.length > 0) filled.add(`${c.row},${c.col}`);
  }
  const contentBottom = bottom;
  const contentRight = right;
  for (const m of merges) {
    if (!filled.has(`${m.top},${m.left}`)) continue;
    bottom = Math.max(bottom, Math.min(m.bottom, contentBottom + MERGE_REACH.rows));
    right = Math.max(right, Math.min(m.right, contentRight + MERGE_REACH.cols));
  }
  const values: CellValue[][] = Array.from({ length: bottom }, () => new Array<CellValue>(right).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: bottom }, () => new Array<string | null>(right).fill(null));
  for (const c of cells) {
    values[c.row - 1]![c.col - 1] = c.value;
    formulas[c.row - 1]![c.col - 1] = c.formula;
  }
  const clipped: CellRange[] = [];
  for (const m of merges) {
    if (m.top > bottom || m.left > right) continue;
    const area = { top: m.top, left: m.left, bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) };
    clipped.push(area);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        values[r - 1]![c - 1] = null;
        formulas[r - 1]![c - 1] = null;
      }
  }
  return { name, values, formulas, merges: clipped };
}
