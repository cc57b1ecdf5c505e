// The scoring host over an in-memory exceljs workbook: what the pane talks to in the browser preview.
import type { CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import { findScoringSheet, LOG_SHEET_NAME, type CellValue, type SheetGrid, type WritePlan } from "../core";
import { hostError, type Lang } from "../excel/errors";
import type { ScanResult, ScoringHost, WriteReceipt } from "../host/scoringHost";
import { applyWritePlan, gridFromWorksheet, refreshFormulaResults } from "../xlsx";

/** What the page around the pane hears about: the workbook changed, or a cell was selected. */
export type PreviewEvent =
  | { type: "changed"; written: { sheet: string; cells: string[] } | null }
  | { type: "selected"; sheet: string; address: string }
  /** The pane read this sheet: the page shows the sheet being scored. */
  | { type: "scanned"; sheet: string };

/** A cell's content as a receipt keeps it: formulas as "=…" text so undo can put them back. */
function cellContent(ws: Worksheet, row: number, col: number): CellValue {
  const cell = ws.getCell(row, col);
  if (cell.formula) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return cell.text;
}

function restoreCell(ws: Worksheet, row: number, col: number, value: CellValue): void {
  ws.getCell(row, col).value = typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
}

function isProtected(ws: Worksheet): boolean {
  return Boolean((ws as Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
}

function logValues(wb: Workbook): CellValue[][] | null {
  const ws = wb.getWorksheet(LOG_SHEET_NAME);
  return ws ? gridFromWorksheet(ws).values : null;
}

export class PreviewHost implements ScoringHost {
  readonly kind = "preview";
  private readonly listeners = new Set<(event: PreviewEvent) => void>();
  /** Each scanned sheet's values as last seen, to refuse a write over edits made in between. */
  private readonly seen = new Map<string, string>();

  constructor(
    readonly workbook: Workbook,
    private readonly lang: Lang = "zh",
  ) {}

  /** Every sheet as a grid, the log sheet included (the page renders them all). */
  grids(): SheetGrid[] {
    return this.workbook.worksheets.map(gridFromWorksheet);
  }

  subscribe(listener: (event: PreviewEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The sheet `scan()` without a name reads: the first one with a scoring table. */
  scoringSheet(): string | undefined {
    const grids = this.workbook.worksheets.filter((ws) => ws.name !== LOG_SHEET_NAME).map(gridFromWorksheet);
    return grids[findScoringSheet(grids)]?.name;
  }

  async scan(sheet?: string): Promise<ScanResult> {
    const grids = this.workbook.worksheets.filter((ws) => ws.name !== LOG_SHEET_NAME).map(gridFromWorksheet);
    let grid: SheetGrid | undefined;
    if (sheet !== undefined) {
      grid = grids.find((g) => g.name === sheet);
      if (!grid) throw hostError("missing-sheet", this.lang, sheet);
    } else {
      grid = grids[findScoringSheet(grids)];
      if (!grid) throw hostError("no-table", this.lang);
    }
    this.seen.set(grid.name, JSON.stringify(grid.values));
    this.emit({ type: "scanned", sheet: grid.name });
    return { grid, sheets: grids.map((g) => g.name), log: logValues(this.workbook) };
  }

  async write(plan: WritePlan): Promise<WriteReceipt> {
    const ws = this.sheet(plan.sheet);
    if (isProtected(ws)) throw hostError("protected", this.lang, plan.sheet);
    if (this.seen.get(plan.sheet) !== JSON.stringify(gridFromWorksheet(ws).values)) throw hostError("stale", this.lang, plan.sheet);
    const receipt: WriteReceipt = {
      sheet: plan.sheet,
      previous: plan.writes.map((w) => ({ row: w.row, col: w.col, value: cellContent(ws, w.row, w.col) })),
      previousLog: logValues(this.workbook),
    };
    applyWritePlan(this.workbook, plan);
    this.seen.set(plan.sheet, JSON.stringify(gridFromWorksheet(ws).values));
    const cells = plan.writes.map((w) => ws.getCell(w.row, w.col).address);
    this.emit({ type: "changed", written: { sheet: plan.sheet, cells } });
    return receipt;
  }

  async undo(receipt: WriteReceipt): Promise<void> {
    const ws = this.sheet(receipt.sheet);
    for (const p of receipt.previous) restoreCell(ws, p.row, p.col, p.value);
    const log = this.workbook.getWorksheet(LOG_SHEET_NAME);
    if (log) this.workbook.removeWorksheet(log.id);
    if (receipt.previousLog) {
      const restored = this.workbook.addWorksheet(LOG_SHEET_NAME);
      for (const row of receipt.previousLog) restored.addRow(row as ExcelValue[]);
    }
    refreshFormulaResults(this.workbook, receipt.sheet, new Set(receipt.previous.map((p) => `${p.row},${p.col}`)), [LOG_SHEET_NAME]);
    this.seen.set(receipt.sheet, JSON.stringify(gridFromWorksheet(ws).values));
    this.emit({ type: "changed", written: null });
  }

  async select(sheet: string, address: string): Promise<void> {
    this.sheet(sheet);
    this.emit({ type: "selected", sheet, address });
  }

  /** The workbook as .xlsx bytes, for download. */
  async toXlsx(): Promise<ArrayBuffer> {
    return (await this.workbook.xlsx.writeBuffer()) as ArrayBuffer;
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw hostError("missing-sheet", this.lang, name);
    return ws;
  }

  private emit(event: PreviewEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
