// A sheet the assessment produces (汇总, 失分分析, 反馈单) as plain data, so every host draws the same one: the
// command through exceljs, the pane through Excel, WPS or the preview.
import type { CellRange, CellValue } from "../types";

export interface OutputFormula {
  row: number;
  col: number;
  /** "=…", written as a formula; the cell's value in `rows` is its result until the host recalculates. */
  formula: string;
}

export interface OutputChart {
  title: string;
  /** A1 ranges on the same sheet: the category labels (units) and the values (totals). */
  categories: string;
  values: string;
  /** Where the chart's top-left corner goes (A1). */
  anchor: string;
}

export interface OutputSheet {
  name: string;
  /** rows[r][c] is the cell at row r+1, column c+1. */
  rows: CellValue[][];
  formulas: OutputFormula[];
  merges: CellRange[];
  /** Rows drawn bold (headers), 1-based. */
  boldRows: number[];
  /** Rows whose cells get borders, 1-based: the table. */
  boxedRows: number[];
  /** Column widths in characters. */
  widths: number[];
  /** Number formats by column (1-based), e.g. "0.00" for 总分. */
  numberFormats: Record<number, string>;
  /** Rows repeated at the top of every printed page ("2:2"), or null. */
  printTitleRows: string | null;
  landscape: boolean;
  /** A printed page ends after each of these rows (one unit per page). */
  pageBreaks: number[];
  chart: OutputChart | null;
}

/** Builds an OutputSheet row by row. */
export class OutputBuilder {
  private readonly sheet: OutputSheet;

  constructor(name: string, widths: number[], options: { landscape: boolean; printTitleRows?: string | null }) {
    this.sheet = {
      name,
      rows: [],
      formulas: [],
      merges: [],
      boldRows: [],
      boxedRows: [],
      widths,
      numberFormats: {},
      printTitleRows: options.printTitleRows ?? null,
      landscape: options.landscape,
      pageBreaks: [],
      chart: null,
    };
  }

  /** 1-based number of the next row. */
  get nextRow(): number {
    return this.sheet.rows.length + 1;
  }

  row(values: CellValue[], options: { bold?: boolean; box?: boolean } = {}): number {
    this.sheet.rows.push(values);
    const row = this.sheet.rows.length;
    if (options.bold) this.sheet.boldRows.push(row);
    if (options.box ?? true) this.sheet.boxedRows.push(row);
    return row;
  }

  /** One text across the sheet's width (a title, a heading, a line to fill in). */
  line(text: string, options: { bold?: boolean; box?: boolean } = {}): number {
    const row = this.row([text], { bold: options.bold, box: options.box ?? false });
    const right = this.sheet.widths.length;
    if (right > 1) this.sheet.merges.push({ top: row, left: 1, bottom: row, right });
    return row;
  }

  blank(): void {
    this.sheet.rows.push([]);
  }

  formula(row: number, col: number, formula: string): void {
    this.sheet.formulas.push({ row, col, formula });
  }

  numberFormat(col: number, format: string): void {
    this.sheet.numberFormats[col] = format;
  }

  pageBreak(): void {
    if (this.sheet.rows.length > 0) this.sheet.pageBreaks.push(this.sheet.rows.length);
  }

  chart(chart: OutputChart): void {
    this.sheet.chart = chart;
  }

  build(): OutputSheet {
    return this.sheet;
  }
}

/** A sheet name as Excel and WPS accept it: at most 31 characters, none of : \ / ? * [ ], not blank. */
export function safeSheetName(name: string, taken: readonly string[] = []): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, "")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "单位";
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** A reference to a cell on another sheet, quoted as formulas need it: '嵯岗镇'!F5. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
