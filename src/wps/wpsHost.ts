// The scoring host over WPS 表格's object model. ET calls are synchronous: each operation first yields to the
// browser so the pane can show that it is busy, then runs as one block. Every write is read back, because some
// WPS builds drop a property write without an error.
import { a1, findScoringSheet, LOG_SHEET_NAME } from "../core";
import type { CellValue, WritePlan } from "../core";
import { foreignReceiptError, hostError, structureProtectedError, undoStaleError } from "../excel/errors";
import type { Lang } from "../excel/errors";
import { groupBlocks, rectangular, toExcelValue } from "../excel/writeBlocks";
import type { CellSelection, DraftStore, ScanResult, ScoringHost, WriteReceipt } from "../host/scoringHost";
import { sameValues } from "../host/sameValues";
import { LocalDrafts } from "../preview/localDrafts";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./etModel";
import { XL_WORKSHEET } from "./etModel";
import { readSheet, worksheetsOf } from "./readSheet";
import { apiEventOf, watchEtSelection } from "./selection";
import { activeBook, deleteSheetQuietly, findSheet, runEt, sheetNamed } from "./etCalls";
import { wpsFailed, wpsWriteNotApplied } from "./wpsErrors";
import { WpsWorkbook } from "./wpsWorkbook";
import type { WorkbookAccess } from "../host/workbookAccess";

/** What undo needs beyond a WriteReceipt: what the write put in each cell and in the log, to refuse over later edits. */
export interface WpsWriteReceipt extends WriteReceipt {
  written: { row: number; col: number; value: CellValue }[];
  writtenLog: CellValue[][];
  /** A1 addresses of the cells in `previous` that held a formula (a text "=…" is put back as text). */
  previousFormulas: string[];
}

function isWpsReceipt(receipt: WriteReceipt): receipt is WpsWriteReceipt {
  const r = receipt as Partial<WpsWriteReceipt>;
  return Array.isArray(r.written) && Array.isArray(r.writtenLog) && Array.isArray(r.previousFormulas);
}

function cellAt(grid: CellValue[][], row: number, col: number): CellValue {
  return grid[row - 1]?.[col - 1] ?? null;
}

function sameValue(actual: CellValue, expected: CellValue): boolean {
  if (expected === null || expected === "") return actual === null || actual === "";
  if (typeof expected === "number" && typeof actual === "number") return Math.abs(actual - expected) < 1e-9;
  return actual === expected;
}

function sameGrid(a: CellValue[][], b: CellValue[][]): boolean {
  const rows = Math.max(a.length, b.length);
  for (let r = 1; r <= rows; r++) {
    const cols = Math.max(a[r - 1]?.length ?? 0, b[r - 1]?.length ?? 0);
    for (let c = 1; c <= cols; c++) if (!sameValue(cellAt(a, r, c), cellAt(b, r, c))) return false;
  }
  return true;
}

function blockAddress(top: number, left: number, values: CellValue[][]): string {
  const rows = values.length;
  const cols = values[0]?.length ?? 1;
  return rows === 1 && cols === 1 ? a1(top, left) : `${a1(top, left)}:${a1(top + rows - 1, left + cols - 1)}`;
}

export interface WpsHostOptions {
  lang?: Lang;
  /** Where unwritten ticks are kept; by default the pane's local storage, per workbook name and sheet. */
  drafts?: DraftStore;
}

export class WpsHost implements ScoringHost {
  readonly kind = "wps";
  private readonly lang: Lang;
  /** Each scanned sheet as typed (formula text or value), as last seen, to refuse a write over edits made since. */
  private readonly seen = new Map<string, CellValue[][]>();
  /** The 扣分明细 sheet as last seen (scan, write or undo): a hand edit since is a conflict. */
  private seenLog: CellValue[][] | null = null;
  readonly drafts: DraftStore;
  readonly workbook: WorkbookAccess;
  /** Absent outside a 加载项 page (no ApiEvent to hear selections from). */
  readonly watchSelection?: (onSelect: (selection: CellSelection) => void) => Promise<() => void>;

  constructor(
    private readonly app: EtApplication,
    options: WpsHostOptions = {},
  ) {
    this.lang = options.lang ?? "zh";
    this.drafts = options.drafts ?? new LocalDrafts(`wps:${app.ActiveWorkbook?.Name ?? ""}`);
    this.workbook = new WpsWorkbook(app, this.lang);
    const events = apiEventOf(app);
    if (events) this.watchSelection = (onSelect) => runEt(this.lang, () => watchEtSelection(app, events, onSelect));
  }

  scan(sheet?: string): Promise<ScanResult> {
    return runEt(this.lang, () => {
      const book = activeBook(this.app, this.lang);
      const all = worksheetsOf(book.Worksheets);
      const names = all.map((s) => s.Name).filter((n) => n !== LOG_SHEET_NAME);
      const log = all.find((s) => s.Name === LOG_SHEET_NAME);
      const logValues = log ? readSheet(log, false).grid.values : null;
      let target: EtWorksheet | undefined;
      if (sheet !== undefined) {
        target = all.find((s) => s.Name === sheet);
        if (!target) throw hostError("missing-sheet", this.lang, sheet);
      } else {
        const active = this.app.ActiveSheet;
        const candidates = all.filter((s) => s.Name !== LOG_SHEET_NAME);
        const ordered =
          active && active.Name !== LOG_SHEET_NAME ? [active, ...candidates.filter((s) => s.Name !== active.Name)] : candidates;
        const index = findScoringSheet(ordered.map((s) => readSheet(s, false).grid));
        if (index < 0) throw hostError("no-table", this.lang);
        target = ordered[index];
      }
      const { grid, content } = readSheet(target, true);
      this.seen.set(grid.name, content);
      this.seenLog = logValues;
      return { grid, sheets: names, log: logValues };
    });
  }

  write(plan: WritePlan): Promise<WriteReceipt> {
    return runEt(this.lang, () => {
      const book = activeBook(this.app, this.lang);
      const sheet = sheetNamed(book, plan.sheet, this.lang);
      if (sheet.ProtectContents) throw hostError("protected", this.lang, plan.sheet);
      const seen = this.seen.get(plan.sheet);
      const current = readSheet(sheet, false);
      const before = current.content;
      if (!seen || !sameGrid(seen, before)) throw hostError("stale", this.lang, plan.sheet);
      const formulas = current.grid.formulas;
      const log = findSheet(book, LOG_SHEET_NAME);
      const logNow = log ? readSheet(log, false).grid.values : null;
      if (!sameValues(logNow, this.seenLog)) throw hostError("conflict", this.lang, LOG_SHEET_NAME);
      if (!log && book.ProtectStructure) throw structureProtectedError(this.lang, LOG_SHEET_NAME);
      if (log?.ProtectContents) throw hostError("protected", this.lang, LOG_SHEET_NAME);

      const receipt: WpsWriteReceipt = {
        sheet: plan.sheet,
        previous: plan.writes.map((w) => ({ row: w.row, col: w.col, value: cellAt(before, w.row, w.col) })),
        previousLog: logNow,
        written: plan.writes.map((w) => ({ row: w.row, col: w.col, value: w.value })),
        writtenLog: plan.log,
        previousFormulas: plan.writes.filter((w) => formulas?.[w.row - 1]?.[w.col - 1]).map((w) => a1(w.row, w.col)),
      };
      try {
        this.putCells(sheet, receipt.written);
        this.putLog(book, log, plan.log);
      } catch (error) {
        throw wpsFailed(error, this.lang, receipt);
      }
      this.verify(sheet, receipt);
      this.seen.set(plan.sheet, readSheet(sheet, false).content);
      this.seenLog = plan.log;
      return receipt;
    });
  }

  undo(receipt: WriteReceipt): Promise<void> {
    return runEt(this.lang, () => {
      if (!isWpsReceipt(receipt)) throw foreignReceiptError(this.lang);
      const book = activeBook(this.app, this.lang);
      const sheet = sheetNamed(book, receipt.sheet, this.lang);
      if (sheet.ProtectContents) throw hostError("protected", this.lang, receipt.sheet);
      const now = readSheet(sheet, false).content;
      const edited = receipt.written.find((w) => !sameValue(cellAt(now, w.row, w.col), w.value));
      if (edited) throw undoStaleError(this.lang, receipt.sheet, a1(edited.row, edited.col));
      const log = findSheet(book, LOG_SHEET_NAME);
      if (log && !sameGrid(readSheet(log, false).grid.values, receipt.writtenLog)) throw undoStaleError(this.lang, LOG_SHEET_NAME);
      if (!log && receipt.previousLog === null && book.ProtectStructure) throw structureProtectedError(this.lang, LOG_SHEET_NAME);

      const formulaCells = new Set(receipt.previousFormulas);
      for (const p of receipt.previous) {
        const address = a1(p.row, p.col);
        const range = sheet.Range(address);
        if (formulaCells.has(address)) range.Formula = p.value;
        else range.Value2 = toExcelValue(p.value);
      }
      if (receipt.previousLog === null) {
        if (log) deleteSheetQuietly(this.app, log);
      } else this.putLog(book, log, receipt.previousLog);
      this.seen.set(receipt.sheet, readSheet(sheet, false).content);
      this.seenLog = receipt.previousLog;
    });
  }

  select(sheetName: string, address: string): Promise<void> {
    return runEt(this.lang, () => {
      const sheet = sheetNamed(activeBook(this.app, this.lang), sheetName, this.lang);
      sheet.Activate();
      sheet.Range(address).Select();
    });
  }

  private putCells(sheet: EtWorksheet, cells: { row: number; col: number; value: CellValue }[]): void {
    for (const block of groupBlocks(cells)) {
      const values = rectangular(block.values).map((row) => row.map(toExcelValue));
      sheet.Range(blockAddress(block.top, block.left, block.values)).Value2 = values;
    }
  }

  private putLog(book: EtWorkbook, existing: EtWorksheet | undefined, rows: CellValue[][]): void {
    let log = existing;
    if (!log) {
      const sheets = book.Worksheets;
      log = sheets.Add(undefined, sheets.Item(sheets.Count), 1, XL_WORKSHEET);
      log.Name = LOG_SHEET_NAME;
    } else log.UsedRange.ClearContents();
    const values = rectangular(rows);
    if (values.length === 0 || values[0].length === 0) return;
    log.Range(blockAddress(1, 1, values)).Value2 = values.map((row) => row.map(toExcelValue));
  }

  /** Reads back every written cell; writes again, cell by cell, what did not take, and gives up after that. */
  private verify(sheet: EtWorksheet, receipt: WpsWriteReceipt): void {
    const missing = () => {
      const now = readSheet(sheet, false).grid.values;
      return receipt.written.filter((w) => !sameValue(cellAt(now, w.row, w.col), w.value));
    };
    let wrong = missing();
    if (wrong.length === 0) return;
    for (const w of wrong) sheet.Range(a1(w.row, w.col)).Value2 = toExcelValue(w.value);
    wrong = missing();
    if (wrong.length > 0) throw wpsWriteNotApplied(this.lang, receipt.sheet, a1(wrong[0].row, wrong[0].col), receipt);
  }
}
