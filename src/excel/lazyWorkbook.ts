// The whole-workbook access for the units view, loaded with the view: ExcelWorkbook (output sheets, charts, page
// setup) stays out of the pane's first bundle until 单位汇总 is opened.
import type { CellValue, OutputSheet, SheetGrid } from "../core";
import type { WorkbookAccess } from "../host/workbookAccess";
import type { Lang } from "./errors";
import type { ExcelWorkbook } from "./workbookAccess";

export class LazyExcelWorkbook implements WorkbookAccess {
  private loaded: Promise<ExcelWorkbook> | null = null;

  constructor(private readonly lang: Lang) {}

  private workbook(): Promise<ExcelWorkbook> {
    if (!this.loaded) {
      this.loaded = import(/* webpackChunkName: "units-view" */ "./workbookAccess.js").then((m) => new m.ExcelWorkbook(this.lang));
      this.loaded.catch(() => (this.loaded = null)); // a later call may load it
    }
    return this.loaded;
  }

  async readSheets(): Promise<SheetGrid[]> {
    return (await this.workbook()).readSheets();
  }

  async copySheet(source: string, name: string, edits: { row: number; col: number; value: CellValue }[]): Promise<void> {
    return (await this.workbook()).copySheet(source, name, edits);
  }

  async writeOutputs(sheets: OutputSheet[]): Promise<void> {
    return (await this.workbook()).writeOutputs(sheets);
  }
}
