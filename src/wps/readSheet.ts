// Reads one worksheet as the domain's SheetGrid, with what each cell holds as typed (to tell later edits apart).
import { a1 } from "../core";
import type { CellRange, CellValue, SheetGrid } from "../core";
import type { EtRange, EtWorksheet } from "./etModel";
import { asRows, formulaOf, readProperty, toCellValue } from "./etValues";

/** Per-cell merge look-ups beyond this many cells make the scan slow: the merges are then reported unknown. */
export const MERGE_LOOKUP_LIMIT = 20_000;

export interface SheetRead {
  grid: SheetGrid;
  /** Formula text where a cell holds a formula, its value elsewhere, A1-anchored: what a stale check compares. */
  content: CellValue[][];
}

interface Used {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function usedOf(range: EtRange): Used {
  return { top: range.Row, left: range.Column, rows: range.Rows.Count, cols: range.Columns.Count };
}

function rangeAddress(top: number, left: number, rows: number, cols: number): string {
  const from = a1(top, left);
  return rows === 1 && cols === 1 ? from : `${from}:${a1(top + rows - 1, left + cols - 1)}`;
}

function padded(rows: CellValue[][], used: Used): CellValue[][] {
  const width = used.left - 1 + used.cols;
  const out: CellValue[][] = Array.from({ length: used.top - 1 }, () => new Array<CellValue>(width).fill(null));
  for (const row of rows) out.push(new Array<CellValue>(used.left - 1).fill(null).concat(row));
  return out;
}

/**
 * Merged areas that hold a value: only a cell with content can be a merge's master, and columns that hold no
 * merge at all (MergeCells false) are skipped. Undefined when there are too many cells to ask about.
 */
function readMerges(sheet: EtWorksheet, used: Used, values: CellValue[][]): CellRange[] | undefined {
  const whole = sheet.Range(rangeAddress(used.top, used.left, used.rows, used.cols));
  if (whole.MergeCells === false) return [];
  const columns: number[] = [];
  for (let c = 0; c < used.cols; c++) {
    if (sheet.Range(rangeAddress(used.top, used.left + c, used.rows, 1)).MergeCells !== false) columns.push(c);
  }
  const cells: [number, number][] = [];
  for (const c of columns) for (let r = 0; r < used.rows; r++) if (values[r]?.[c] !== null) cells.push([r, c]);
  if (cells.length > MERGE_LOOKUP_LIMIT) return undefined;
  const merges: CellRange[] = [];
  for (const [r, c] of cells) {
    const cell = sheet.Range(a1(used.top + r, used.left + c));
    if (cell.MergeCells !== true) continue;
    const area = cell.MergeArea;
    const top = area.Row;
    const left = area.Column;
    merges.push({ top, left, bottom: top + area.Rows.Count - 1, right: left + area.Columns.Count - 1 });
  }
  return merges;
}

/** The used range's values and formulas in two whole-range reads, merges only where a value could start one. */
export function readSheet(sheet: EtWorksheet, withMerges: boolean): SheetRead {
  const range = sheet.UsedRange;
  const used = usedOf(range);
  const rawValues = asRows(readProperty(range, "Value2"), used.rows, used.cols);
  const rawFormulas = asRows(readProperty(range, "Formula"), used.rows, used.cols);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const content: CellValue[][] = [];
  for (let r = 0; r < used.rows; r++) {
    const valueRow: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    const contentRow: CellValue[] = [];
    for (let c = 0; c < used.cols; c++) {
      const value = toCellValue(rawValues[r]?.[c]);
      const formula = formulaOf(rawFormulas[r]?.[c], rawValues[r]?.[c]);
      valueRow.push(value);
      formulaRow.push(formula);
      contentRow.push(formula ?? value);
    }
    values.push(valueRow);
    formulas.push(formulaRow);
    content.push(contentRow);
  }
  const grid: SheetGrid = { name: sheet.Name, values: padded(values, used) };
  if (formulas.some((row) => row.some((f) => f !== null))) {
    grid.formulas = padded(formulas as CellValue[][], used) as (string | null)[][];
  }
  if (withMerges) {
    const merges = readMerges(sheet, used, values);
    if (merges) grid.merges = merges;
  }
  return { grid, content: padded(content, used) };
}

/** Every worksheet, 1-based as ET counts them. */
export function worksheetsOf(sheets: { Count: number; Item(i: number): EtWorksheet }): EtWorksheet[] {
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) out.push(sheets.Item(i));
  return out;
}
