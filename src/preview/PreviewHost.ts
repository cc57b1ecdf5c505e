// The scoring host over an in-memory exceljs workbook: what the pane talks to in the browser preview.
// exceljs itself is never imported here (types only): the page's first bundle stays free of it. A host can start
// from a workbook that is still being built (the bundled sample, drawn from plain grids while the exceljs chunk
// loads); scans read those grids, and the first write, undo or download waits for the real workbook.
import type { CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import { findScoringSheet, LOG_SHEET_NAME, type CellValue, type SheetGrid, type WritePlan } from "../core";
import { foreignReceiptError, hostError, undoStaleError, type Lang } from "../excel/errors";
import { type CellSelection, type HostError, type ScanResult, type ScoringHost, type WriteReceipt } from "../host/scoringHost";
import { makeHostError } from "../host/hostMessages";
import { sameValues } from "../host/sameValues";
import { LocalDrafts } from "./localDrafts";
import { PreviewWorkbook } from "./previewWorkbook";
import { changedCells, changedLog } from "./packageDownload";
// Straight from the modules, not ../xlsx's index: that one also exports the template, which imports exceljs.
import { applyWritePlan } from "../xlsx/applyWritePlan";
import { refreshFormulaResults } from "../xlsx/formulaResults";
import { gridFromWorksheet } from "../xlsx/readWorkbook";
import { columnWidths, contentChars, pixelWidth } from "./columnWidths";
import { loadWorkbookSources } from "./sample";

/** What the page around the pane hears about: the workbook changed, or a cell was selected. */
export type PreviewEvent =
  | { type: "changed"; written: { sheet: string; cells: string[] } | null }
  | { type: "selected"; sheet: string; address: string }
  /** The pane read this sheet: the page shows the sheet being scored. */
  | { type: "scanned"; sheet: string };

/** A workbook known by its sheets before it exists: grids to draw and scan now, the workbook itself on demand. */
export interface PendingWorkbook {
  /** Every sheet, exactly as `gridsFromWorkbook` will read the built workbook. */
  grids: SheetGrid[];
  /** Column widths in Excel characters, by sheet. */
  widths: Record<string, number[]>;
  /** Builds the workbook (loading exceljs); called once, on the first write, undo or download. */
  build(): Promise<Workbook>;
}

function isPending(source: Workbook | PendingWorkbook): source is PendingWorkbook {
  return typeof (source as Partial<PendingWorkbook>).build === "function" && Array.isArray((source as Partial<PendingWorkbook>).grids);
}

/** The exceljs chunk did not load (offline, say): nothing was changed. */
export function workbookCodeFailed(lang: Lang): HostError {
  return makeHostError("failed", { reason: "workbook-code" }, lang);
}

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

/** The preview's receipt: also what the write left in each cell and in the log, so undo can refuse over later edits. */
interface PreviewWriteReceipt extends WriteReceipt {
  written: { row: number; col: number; value: CellValue }[];
  writtenLog: CellValue[][] | null;
}

function isPreviewReceipt(receipt: WriteReceipt): receipt is PreviewWriteReceipt {
  const r = receipt as Partial<PreviewWriteReceipt>;
  return Array.isArray(r.written) && r.writtenLog !== undefined;
}

function a1(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function logOf(grids: SheetGrid[]): CellValue[][] | null {
  return grids.find((g) => g.name === LOG_SHEET_NAME)?.values ?? null;
}

export class PreviewHost implements ScoringHost {
  readonly kind = "preview";
  private readonly listeners = new Set<(event: PreviewEvent) => void>();
  /** The pane's watchers of the cells the user clicks in the page's grid. */
  private readonly selectionWatchers = new Set<(selection: CellSelection) => void>();
  /** Each scanned sheet's values as last seen, to refuse a write over edits made in between. */
  private readonly seen = new Map<string, string>();
  /** The 扣分明细 sheet as last seen (scan, write or undo): a hand edit since is a conflict. */
  private seenLog: CellValue[][] | null = null;
  /** Unwritten ticks, in local storage under the workbook's name (absent when the host was given none). */
  readonly drafts?: LocalDrafts;
  /** The whole workbook, for the units view; its changes reach the page as "changed" events. */
  readonly workbook: PreviewWorkbook;
  /** The file the workbook was opened from, and its sheets as opened: 下载 writes the changes into it. */
  private readonly original: { bytes: Uint8Array; grids: SheetGrid[] } | null = null;

  /** The workbook, once built (at once when the host was given one). */
  private book: Workbook | null;
  private readonly pending: PendingWorkbook | null;
  private building: Promise<Workbook> | null = null;

  constructor(
    source: Workbook | PendingWorkbook,
    private readonly lang: Lang = "zh",
    /** The workbook's name for its drafts in local storage (e.g. the file name); none: drafts are not kept. */
    draftScope?: string,
    /** The .xlsx bytes `source` was read from (a workbook, not a pending one): 下载 edits this package. */
    originalBytes?: Uint8Array,
  ) {
    this.pending = isPending(source) ? source : null;
    this.book = isPending(source) ? null : source;
    if (draftScope !== undefined) this.drafts = new LocalDrafts(draftScope);
    this.workbook = new PreviewWorkbook(
      { ready: () => this.ready(), grids: () => this.grids(), changed: () => this.emit({ type: "changed", written: null }) },
      lang,
    );
    if (originalBytes && this.book) this.original = { bytes: originalBytes, grids: this.book.worksheets.map(gridFromWorksheet) };
  }

  /**
   * The exceljs workbook if it is built yet, else null (see `ready`). Not `workbook`: that name is the host
   * interface's whole-workbook access (WorkbookAccess).
   */
  get builtWorkbook(): Workbook | null {
    return this.book;
  }

  /** The workbook, built first if it is still pending (each caller gets the same one). */
  ready(): Promise<Workbook> {
    if (this.book) return Promise.resolve(this.book);
    if (!this.building) {
      const pending = this.pending!;
      this.building = pending.build().then(
        (wb) => (this.book = wb),
        (error: unknown) => {
          this.building = null; // a later attempt may load it
          console.error(error);
          throw workbookCodeFailed(this.lang);
        },
      );
    }
    return this.building;
  }

  /** Every sheet as a grid, the log sheet included (the page renders them all). */
  grids(): SheetGrid[] {
    return this.book ? this.book.worksheets.map(gridFromWorksheet) : this.pending!.grids;
  }

  /** Pixel widths of a sheet's first `count` columns; columns without a width are sized from `grid`'s content. */
  columnWidths(sheet: string, count: number, grid?: SheetGrid): number[] {
    if (this.book) return columnWidths(this.book, sheet, count, grid);
    const chars = this.pending!.widths[sheet] ?? [];
    return Array.from({ length: count }, (_, i) => pixelWidth(chars[i] ?? (grid ? contentChars(grid, i + 1) : undefined)));
  }

  subscribe(listener: (event: PreviewEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The sheet `scan()` without a name reads: the first one with a scoring table. */
  scoringSheet(): string | undefined {
    const grids = this.grids().filter((g) => g.name !== LOG_SHEET_NAME);
    return grids[findScoringSheet(grids)]?.name;
  }

  async scan(sheet?: string): Promise<ScanResult> {
    const all = this.grids();
    const grids = all.filter((g) => g.name !== LOG_SHEET_NAME);
    let grid: SheetGrid | undefined;
    if (sheet !== undefined) {
      grid = grids.find((g) => g.name === sheet);
      if (!grid) throw hostError("missing-sheet", this.lang, sheet);
    } else {
      grid = grids[findScoringSheet(grids)];
      if (!grid) throw hostError("no-table", this.lang);
    }
    this.seen.set(grid.name, JSON.stringify(grid.values));
    const log = logOf(all);
    this.seenLog = log;
    this.emit({ type: "scanned", sheet: grid.name });
    return { grid, sheets: grids.map((g) => g.name), log };
  }

  async write(plan: WritePlan): Promise<WriteReceipt> {
    const workbook = await this.ready();
    const ws = this.sheet(workbook, plan.sheet);
    if (isProtected(ws)) throw hostError("protected", this.lang, plan.sheet);
    if (this.seen.get(plan.sheet) !== JSON.stringify(gridFromWorksheet(ws).values)) throw hostError("stale", this.lang, plan.sheet);
    const previousLog = logValues(workbook);
    if (!sameValues(previousLog, this.seenLog)) throw hostError("conflict", this.lang, LOG_SHEET_NAME);
    const previous = plan.writes.map((w) => ({ row: w.row, col: w.col, value: cellContent(ws, w.row, w.col) }));
    applyWritePlan(workbook, plan);
    const receipt: PreviewWriteReceipt = {
      sheet: plan.sheet,
      previous,
      previousLog,
      written: plan.writes.map((w) => ({ row: w.row, col: w.col, value: cellContent(ws, w.row, w.col) })),
      writtenLog: logValues(workbook),
    };
    this.seen.set(plan.sheet, JSON.stringify(gridFromWorksheet(ws).values));
    this.seenLog = receipt.writtenLog;
    const cells = plan.writes.map((w) => ws.getCell(w.row, w.col).address);
    this.emit({ type: "changed", written: { sheet: plan.sheet, cells } });
    return receipt;
  }

  async undo(receipt: WriteReceipt): Promise<void> {
    const workbook = await this.ready();
    if (!isPreviewReceipt(receipt)) throw foreignReceiptError(this.lang);
    const ws = this.sheet(workbook, receipt.sheet);
    if (isProtected(ws)) throw hostError("protected", this.lang, receipt.sheet);
    // As in Excel: undo never overwrites an edit made after the fill.
    for (const [i, w] of receipt.written.entries()) {
      const now = cellContent(ws, w.row, w.col);
      if (now !== w.value && now !== receipt.previous[i]?.value) throw undoStaleError(this.lang, receipt.sheet, a1(w.row, w.col));
    }
    if (!sameValues(logValues(workbook), receipt.writtenLog)) throw undoStaleError(this.lang, LOG_SHEET_NAME);
    for (const p of receipt.previous) restoreCell(ws, p.row, p.col, p.value);
    const log = workbook.getWorksheet(LOG_SHEET_NAME);
    if (log) workbook.removeWorksheet(log.id);
    if (receipt.previousLog) {
      const restored = workbook.addWorksheet(LOG_SHEET_NAME);
      for (const row of receipt.previousLog) restored.addRow(row as ExcelValue[]);
    }
    refreshFormulaResults(workbook, receipt.sheet, new Set(receipt.previous.map((p) => `${p.row},${p.col}`)), [LOG_SHEET_NAME]);
    this.seen.set(receipt.sheet, JSON.stringify(gridFromWorksheet(ws).values));
    this.seenLog = logValues(workbook);
    this.emit({ type: "changed", written: null });
  }

  async select(sheet: string, address: string): Promise<void> {
    if (!this.grids().some((g) => g.name === sheet)) throw hostError("missing-sheet", this.lang, sheet);
    this.emit({ type: "selected", sheet, address });
  }

  /** The user clicked `cell` (A1) in the page's grid of `sheet`: the page draws it selected, the pane hears of it. */
  selectByUser(sheet: string, cell: string): void {
    if (!this.grids().some((g) => g.name === sheet)) return;
    this.emit({ type: "selected", sheet, address: cell });
    for (const watcher of [...this.selectionWatchers]) watcher({ sheet, cell });
  }

  async watchSelection(onSelect: (selection: CellSelection) => void): Promise<() => void> {
    const watcher = (selection: CellSelection) => onSelect(selection);
    this.selectionWatchers.add(watcher);
    return () => void this.selectionWatchers.delete(watcher);
  }

  /**
   * The workbook as .xlsx bytes, for download. A workbook opened from a file comes back as that file with the
   * changed cells and 扣分明细 written into it (every other part byte for byte); exceljs writes it only when the
   * package cannot be edited (or for the sample, which has no file).
   */
  async toXlsx(): Promise<ArrayBuffer> {
    const workbook = await this.ready();
    if (this.original) {
      const { writeCellsToPackage } = await loadWorkbookSources();
      const now = workbook.worksheets.map(gridFromWorksheet);
      try {
        const bytes = writeCellsToPackage(
          this.original.bytes,
          changedCells(this.original.grids, now),
          changedLog(this.original.grids, now),
        );
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      } catch (error) {
        console.error(error); // a package the editor does not handle: exceljs's copy is still the workbook's values
      }
    }
    return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
  }

  private sheet(workbook: Workbook, name: string): Worksheet {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw hostError("missing-sheet", this.lang, name);
    return ws;
  }

  private emit(event: PreviewEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
