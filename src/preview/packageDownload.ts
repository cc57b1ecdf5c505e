// 下载 of a workbook the user opened: the cells changed since it was opened and the 扣分明细 sheet are written into
// the original file's package (writeCellsToPackage), so charts, images, macros and every other part come back
// byte for byte, instead of exceljs re-serialising (and dropping) them.
import { LOG_SHEET_NAME, type CellValue, type SheetGrid } from "../core";
import { sameValues } from "../host/sameValues";

export interface CellEdits {
  sheet: string;
  cells: { row: number; col: number; value: CellValue }[];
}

/**
 * The constant cells of each sheet (the log sheet aside) whose value differs from the opened file's. Formula cells
 * are left to the file (their results are recalculated on open); a formula replaced by a value is an edit.
 */
export function changedCells(opened: readonly SheetGrid[], now: readonly SheetGrid[]): CellEdits[] {
  const before = new Map(opened.map((g) => [g.name, g]));
  const edits: CellEdits[] = [];
  for (const grid of now) {
    if (grid.name === LOG_SHEET_NAME) continue;
    const old = before.get(grid.name);
    if (!old) continue; // a sheet the file did not have: not something the pane adds
    const cells: CellEdits["cells"] = [];
    const rows = Math.max(grid.values.length, old.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(grid.values[r]?.length ?? 0, old.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        if (grid.formulas?.[r]?.[c]) continue;
        const value = blankAsNull(grid.values[r]?.[c]);
        const wasFormula = Boolean(old.formulas?.[r]?.[c]);
        if (!wasFormula && value === blankAsNull(old.values[r]?.[c])) continue;
        cells.push({ row: r + 1, col: c + 1, value });
      }
    }
    if (cells.length) edits.push({ sheet: grid.name, cells });
  }
  return edits;
}

/** The 扣分明细 sheet to write: its values when it differs from the opened file's, else null (left as it is). */
export function changedLog(opened: readonly SheetGrid[], now: readonly SheetGrid[]): CellValue[][] | null {
  const before = opened.find((g) => g.name === LOG_SHEET_NAME)?.values ?? null;
  const after = now.find((g) => g.name === LOG_SHEET_NAME)?.values ?? null;
  if (sameValues(before, after)) return null;
  return after ?? [];
}

function blankAsNull(value: CellValue | undefined): CellValue {
  return value === undefined || value === "" ? null : value;
}
