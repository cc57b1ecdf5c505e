// The whole workbook in WPS 表格, for the assessment view: every sheet read, a unit sheet copied, the 汇总 /
// 失分分析 / 反馈单 sheets written with their merges, widths, print setup, page breaks and a column chart.
import { a1, LOG_SHEET_NAME } from "../core";
import type { CellValue, SheetGrid } from "../core";
import type { OutputSheet } from "../core";
import { structureProtectedError } from "../excel/errors";
import type { Lang } from "../excel/errors";
import { rectangular, toExcelValue } from "../excel/writeBlocks";
import type { WorkbookAccess } from "../host/workbookAccess";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./etModel";
import { XL_COLUMN_CLUSTERED, XL_LANDSCAPE, XL_PORTRAIT, XL_WORKSHEET } from "./etModel";
import { readSheet, worksheetsOf } from "./readSheet";
import { activeBook, deleteSheetQuietly, findSheet, runEt, sheetNamed } from "./etCalls";

function blockAddress(rows: number, cols: number): string {
  return rows === 1 && cols === 1 ? "A1" : `A1:${a1(rows, cols)}`;
}

export class WpsWorkbook implements WorkbookAccess {
  constructor(
    private readonly app: EtApplication,
    private readonly lang: Lang,
  ) {}

  readSheets(): Promise<SheetGrid[]> {
    return runEt(this.lang, () =>
      worksheetsOf(activeBook(this.app, this.lang).Worksheets).map((s) => readSheet(s, s.Name !== LOG_SHEET_NAME).grid),
    );
  }

  copySheet(source: string, name: string, edits: { row: number; col: number; value: CellValue }[]): Promise<void> {
    return runEt(this.lang, () => {
      const book = activeBook(this.app, this.lang);
      if (book.ProtectStructure) throw structureProtectedError(this.lang, name);
      const sheets = book.Worksheets;
      const from = sheetNamed(book, source, this.lang);
      from.Copy(undefined, sheets.Item(sheets.Count));
      const copy = sheets.Item(sheets.Count);
      copy.Name = name;
      for (const e of edits) copy.Range(a1(e.row, e.col)).Value2 = toExcelValue(e.value);
    });
  }

  writeOutputs(outputs: OutputSheet[]): Promise<void> {
    return runEt(this.lang, () => {
      const book = activeBook(this.app, this.lang);
      if (book.ProtectStructure) throw structureProtectedError(this.lang, outputs[0]?.name ?? "");
      for (const out of outputs) this.writeOutput(book, out);
    });
  }

  private writeOutput(book: EtWorkbook, out: OutputSheet): void {
    const sheets = book.Worksheets;
    const old = findSheet(book, out.name);
    if (old) deleteSheetQuietly(this.app, old);
    const sheet = sheets.Add(undefined, sheets.Item(sheets.Count), 1, XL_WORKSHEET);
    sheet.Name = out.name;
    const values = rectangular(out.rows.length ? out.rows : [[]]);
    const cols = Math.max(1, values[0]?.length ?? 1);
    if (out.rows.length > 0) sheet.Range(blockAddress(values.length, cols)).Value2 = values.map((row) => row.map(toExcelValue));
    for (const f of out.formulas) sheet.Range(a1(f.row, f.col)).Formula = f.formula;
    for (const m of out.merges) sheet.Range(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).Merge();
    out.widths.forEach((w, i) => (sheet.Range(`${a1(1, i + 1)}`).ColumnWidth = w));
    sheet.PageSetup.Orientation = out.landscape ? XL_LANDSCAPE : XL_PORTRAIT;
    if (out.printTitleRows) sheet.PageSetup.PrintTitleRows = `$${out.printTitleRows.replace(":", ":$")}`;
    for (const row of out.pageBreaks) sheet.HPageBreaks.Add(sheet.Range(a1(row + 1, 1)));
    if (out.chart) this.addChart(sheet, out.chart);
  }

  private addChart(sheet: EtWorksheet, chart: NonNullable<OutputSheet["chart"]>): void {
    const anchor = sheet.Range(chart.anchor);
    const { Chart } = sheet.ChartObjects().Add(anchor.Left, anchor.Top, 480, 260);
    Chart.ChartType = XL_COLUMN_CLUSTERED;
    const series = Chart.SeriesCollection().NewSeries();
    series.Name = "总分";
    series.Values = sheet.Range(chart.values);
    series.XValues = sheet.Range(chart.categories);
    Chart.HasTitle = true;
    Chart.ChartTitle.Text = chart.title;
  }
}
