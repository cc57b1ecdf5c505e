// The whole in-memory workbook, for the assessment view in the browser preview: sheets read from the grids,
// a unit sheet copied, the summary sheets drawn through the same layout as the command's. exceljs writes no
// charts, so the chart of 汇总 is kept here and drawn by the page (SheetChart) — a downloaded file lacks it.
import type { Workbook } from "exceljs";
import type { CellValue, SheetGrid } from "../core";
import type { OutputChart, OutputSheet } from "../core";
import { hostError, structureProtectedError, type Lang } from "../excel/errors";
import type { WorkbookAccess } from "../host/workbookAccess";
import { putOutputSheet } from "../xlsx/outputSheet";

/** What the preview host lends: its workbook, its sheets as grids, and a way to tell the page it changed. */
export interface PreviewBook {
  ready(): Promise<Workbook>;
  grids(): SheetGrid[];
  changed(): void;
}

export class PreviewWorkbook implements WorkbookAccess {
  private readonly charts = new Map<string, OutputChart>();

  constructor(
    private readonly book: PreviewBook,
    private readonly lang: Lang,
  ) {}

  async readSheets(): Promise<SheetGrid[]> {
    return this.book.grids();
  }

  async copySheet(source: string, name: string, edits: { row: number; col: number; value: CellValue }[]): Promise<void> {
    const wb = await this.book.ready();
    if (isStructureProtected(wb)) throw structureProtectedError(this.lang, name);
    const from = wb.getWorksheet(source);
    if (!from) throw hostError("missing-sheet", this.lang, source);
    const copy = wb.addWorksheet(name);
    const model = from.model;
    // exceljs reads merges back from `mergeCells` when a model is set (its getter calls them `merges`).
    copy.model = { ...model, name, id: copy.id, mergeCells: [...(model.merges ?? [])] } as typeof model;
    for (const e of edits) copy.getCell(e.row, e.col).value = e.value;
    this.book.changed();
  }

  async writeOutputs(outputs: OutputSheet[]): Promise<void> {
    const wb = await this.book.ready();
    if (isStructureProtected(wb)) throw structureProtectedError(this.lang, outputs[0]?.name ?? "");
    // The summary's formulas point at the unit sheets: Excel recomputes them when it opens a downloaded copy.
    wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
    for (const out of outputs) {
      putOutputSheet(wb, out);
      if (out.chart) this.charts.set(out.name, out.chart);
      else this.charts.delete(out.name);
    }
    this.book.changed();
  }

  /** The chart the assessment put on a sheet, for the page to draw. */
  chartOf(sheet: string): OutputChart | null {
    return this.charts.get(sheet) ?? null;
  }
}

function isStructureProtected(wb: Workbook): boolean {
  return Boolean((wb as unknown as { workbookProtection?: { lockStructure?: boolean } }).workbookProtection?.lockStructure);
}
