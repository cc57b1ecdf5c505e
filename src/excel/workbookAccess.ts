/* global Excel */
// The whole workbook in Excel, for the assessment view: every sheet read in one sync, a unit sheet copied
// (Worksheet.copy, ExcelApi 1.7), the 汇总 / 失分分析 / 反馈单 sheets written in two syncs (the first learns which
// exist and whether the structure is protected) with merges, widths, a column chart and — where ExcelApi 1.9 is
// there — print titles, orientation and page breaks.
import { a1 } from "../core";
import type { CellValue, SheetGrid } from "../core";
import type { OutputSheet } from "../core";
import type { WorkbookAccess } from "../host/workbookAccess";
import { structureProtectedError, toHostError } from "./errors";
import type { Lang } from "./errors";
import { supportsPageLayout } from "./featureDetect";
import { formulaOf, padToA1, toCellValue } from "./readGrid";
import { rectangular, toExcelValue } from "./writeBlocks";

/** Excel's column width is in points; a character of the default font is about 7 px, 5.25 pt. */
const POINTS_PER_CHAR = 5.25;

function gridOf(name: string, used: Excel.Range): SheetGrid {
  if (used.isNullObject) return { name, values: [] };
  const values = (used.values as unknown[][]).map((row) => row.map(toCellValue));
  const formulas = (used.formulas as unknown[][]).map((row, r) => row.map((f, c) => formulaOf(f, (used.values as unknown[][])[r]?.[c])));
  return {
    name,
    values: padToA1(values, used.rowIndex, used.columnIndex, null as CellValue),
    formulas: padToA1(formulas, used.rowIndex, used.columnIndex, null as string | null),
  };
}

export class ExcelWorkbook implements WorkbookAccess {
  constructor(private readonly lang: Lang) {}

  readSheets(): Promise<SheetGrid[]> {
    return this.run("", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((s) => {
        const range = s.getUsedRangeOrNullObject(true);
        range.load("values, formulas, rowIndex, columnIndex");
        return range;
      });
      await context.sync();
      return sheets.items.map((s, i) => gridOf(s.name, used[i]));
    });
  }

  copySheet(source: string, name: string, edits: { row: number; col: number; value: CellValue }[]): Promise<void> {
    return this.run(source, async (context) => {
      const protection = context.workbook.protection;
      protection.load("protected");
      await context.sync();
      if (protection.protected) throw structureProtectedError(this.lang, name);
      const copy = context.workbook.worksheets.getItem(source).copy(Excel.WorksheetPositionType.end);
      copy.name = name;
      for (const e of edits) copy.getCell(e.row - 1, e.col - 1).values = [[toExcelValue(e.value)]];
      await context.sync();
    });
  }

  writeOutputs(outputs: OutputSheet[]): Promise<void> {
    return this.run(outputs[0]?.name ?? "", async (context) => {
      const sheets = context.workbook.worksheets;
      const protection = context.workbook.protection;
      protection.load("protected");
      const existing = outputs.map((o) => sheets.getItemOrNullObject(o.name));
      existing.forEach((s) => s.load("name"));
      await context.sync();
      if (protection.protected) throw structureProtectedError(this.lang, outputs[0]?.name ?? "");
      const pageLayout = supportsPageLayout();
      outputs.forEach((out, i) => {
        if (!existing[i].isNullObject) existing[i].delete();
        this.draw(sheets.add(out.name), out, pageLayout);
      });
      await context.sync();
    });
  }

  private draw(sheet: Excel.Worksheet, out: OutputSheet, pageLayout: boolean): void {
    const values = rectangular(out.rows.length ? out.rows : [[null]]);
    const width = Math.max(1, values[0].length);
    const padded = values.map((row) => (row.length ? row : new Array<CellValue>(width).fill(null)));
    sheet.getRangeByIndexes(0, 0, padded.length, width).values = padded.map((row) => row.map(toExcelValue));
    for (const f of out.formulas) sheet.getCell(f.row - 1, f.col - 1).formulas = [[f.formula]];
    for (const m of out.merges) sheet.getRangeByIndexes(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
    for (const row of out.boldRows) sheet.getRangeByIndexes(row - 1, 0, 1, width).format.font.bold = true;
    out.widths.forEach((w, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHAR));
    for (const [col, format] of Object.entries(out.numberFormats)) {
      const rows = padded.length;
      const c = Number(col) - 1;
      sheet.getRangeByIndexes(0, c, rows, 1).numberFormat = Array.from({ length: rows }, () => [format]);
    }
    if (pageLayout) {
      sheet.pageLayout.orientation = out.landscape ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
      if (out.printTitleRows) sheet.pageLayout.setPrintTitleRows(`$${out.printTitleRows.replace(":", ":$")}`);
      for (const row of out.pageBreaks) sheet.horizontalPageBreaks.add(a1(row + 1, 1));
    }
    if (out.chart) {
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange(out.chart.values), Excel.ChartSeriesBy.columns);
      chart.title.text = out.chart.title;
      chart.legend.visible = false;
      chart.series.getItemAt(0).name = "总分";
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange(out.chart.categories));
      chart.setPosition(out.chart.anchor);
    }
  }

  private async run<T>(sheet: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Excel.run(batch);
    } catch (error) {
      throw toHostError(error, this.lang, sheet);
    }
  }
}
