import type { Workbook, Worksheet } from "exceljs";
import { parseA1 } from "../core";
import type { CellRange, CellValue, SheetGrid } from "../core";
import { formulaText, plainValue } from "./cellValue";

/** "A1:C3" (or a single "B2") as a 1-based range. */
function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(":");
  const tl = from ? parseA1(from) : null;
  const br = to ? parseA1(to) : null;
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

function mergesOf(ws: Worksheet): CellRange[] {
  return ws.model.merges.map(parseRange).filter((r): r is CellRange => r !== null);
}

/** One worksheet as a SheetGrid: values, formulas, and merges with each merged value only in its master cell. */
export function gridFromWorksheet(ws: Worksheet): SheetGrid {
  const merges = mergesOf(ws);
  const rowCount = Math.max(ws.rowCount, ...merges.map((m) => m.bottom));
  const colCount = Math.max(ws.columnCount, ...merges.map((m) => m.right));
  const values: CellValue[][] = Array.from({ length: rowCount }, () => new Array<CellValue>(colCount).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rowCount }, () => new Array<string | null>(colCount).fill(null));

  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs answers a merged cell's value from its master: keep it in the master only.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const valuesRow = values[r - 1];
      const formulasRow = formulas[r - 1];
      if (!valuesRow || !formulasRow) return;
      valuesRow[c - 1] = plainValue(cell.value);
      formulasRow[c - 1] = formulaText(cell.value, cell.formula);
    });
  });
  return { name: ws.name, values, formulas, merges };
}

/** Every worksheet of the workbook, in workbook order. */
export function gridsFromWorkbook(wb: Workbook): SheetGrid[] {
  return wb.worksheets.map(gridFromWorksheet);
}
