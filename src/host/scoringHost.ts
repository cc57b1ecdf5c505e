import type { CellValue, SheetGrid, WritePlan } from "../core/types";

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
 * Failures reject with a HostError whose message is for the user (Chinese, or English in an English UI).
 */
export interface ScoringHost {
  readonly kind: "excel" | "preview";
  /** Reads `sheet`, or the active sheet when it holds a scoring table, else the first one that does. */
  scan(sheet?: string): Promise<ScanResult>;
  /** Writes the plan in one go; rejects (writing nothing) if the sheet changed since `scan`, is protected or gone. */
  write(plan: WritePlan): Promise<WriteReceipt>;
  /** Puts back exactly what `write` replaced. */
  undo(receipt: WriteReceipt): Promise<void>;
  /** Selects a cell (A1 form) on a sheet so the user sees it. */
  select(sheet: string, address: string): Promise<void>;
}

export type HostErrorCode = "protected" | "stale" | "missing-sheet" | "no-table" | "busy" | "unsupported" | "failed";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /**
     * Set when a write failed part way (code "failed"): the workbook may be partly written, and passing this
     * receipt to `undo` puts back what was there before. Absent on every other error.
     */
    readonly receipt?: WriteReceipt,
  ) {
    super(message);
    this.name = "HostError";
  }
}
