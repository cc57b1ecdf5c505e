import type { CellValue, SheetGrid, WritePlan } from "../core";
import type { WorkbookAccess } from "./workbookAccess";
import type { HostErrorArgs } from "./hostMessages";

/** What a host (Excel, or the browser preview's in-memory workbook) read from the workbook. */
export interface ScanResult {
  grid: SheetGrid;
  /** Every worksheet name, in workbook order (the log sheet excluded). */
  sheets: string[];
  /** The 扣分明细 sheet's values, or null when the workbook has none. */
  log: CellValue[][] | null;
}

/** Undo information for one write: the cells as they were and the log as it was. */
export interface WriteReceipt {
  sheet: string;
  previous: { row: number; col: number; value: CellValue }[];
  previousLog: CellValue[][] | null;
}

/**
 * The pane's only door to a workbook. Excel (src/excel/) and the preview (src/preview/) implement it.
 * Failures reject with a HostError: a code and args the pane words in its language (hostErrorText), and a message
 * for the user in the language the host was made with (Chinese by default).
 */
export interface ScoringHost {
  readonly kind: "excel" | "preview" | "wps";
  /** Reads `sheet`, or the active sheet when it holds a scoring table, else the first one that does. */
  scan(sheet?: string): Promise<ScanResult>;
  /** Writes the plan in one go; rejects (writing nothing) if the sheet changed since `scan`, is protected or gone. */
  write(plan: WritePlan): Promise<WriteReceipt>;
  /** Puts back exactly what `write` replaced. */
  undo(receipt: WriteReceipt): Promise<void>;
  /** Selects a cell (A1 form) on a sheet so the user sees it. */
  select(sheet: string, address: string): Promise<void>;
  /** Where the pane keeps unwritten ticks, per sheet of the open workbook (absent: drafts are not kept). */
  readonly drafts?: DraftStore;
  /** The whole workbook, for the assessment view (absent: the host scores one sheet at a time). */
  readonly workbook?: WorkbookAccess;
  /**
   * Calls `onSelect` each time the user selects a cell on a sheet (the top-left cell of the selection, A1 form), so
   * the pane can show that row's item. Resolves to the function that stops watching. Absent: the host cannot tell.
   */
  watchSelection?(onSelect: (selection: CellSelection) => void): Promise<() => void>;
}

/** A cell the user selected in the workbook. */
export interface CellSelection {
  sheet: string;
  /** A1 form, the top-left cell of the selected range. */
  cell: string;
}

/**
 * Unwritten work kept with the workbook (Excel: document settings; preview: local storage), one opaque JSON text
 * per sheet. The pane decides what goes in it; a host only keeps it.
 */
export interface DraftStore {
  load(sheet: string): Promise<string | null>;
  save(sheet: string, draft: string): Promise<void>;
  clear(sheet: string): Promise<void>;
}

/**
 * "stale": nothing was written (or undone) because the sheet changed since it was read (or filled).
 * "conflict": someone else's edit met ours — 扣分明细 edited by hand since the scan (nothing written), or a target
 * cell changed by a co-author during the write (their value kept; the rest written, with a receipt to undo).
 */
export type HostErrorCode = "protected" | "stale" | "conflict" | "missing-sheet" | "no-table" | "busy" | "unsupported" | "failed";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /**
     * Set when a write failed part way (code "failed") or met a co-author's edit (code "conflict"): the workbook
     * was (partly) written, and passing this receipt to `undo` puts back what was there before. Absent otherwise.
     */
    readonly receipt?: WriteReceipt,
    /**
     * What the message is worded from (src/host/hostMessages.ts), so the pane can word it in its own language with
     * hostErrorText(). Absent on a HostError made with its text only.
     */
    readonly args?: HostErrorArgs,
  ) {
    super(message);
    this.name = "HostError";
  }
}
