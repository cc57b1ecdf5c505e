import type { CellValue, SheetGrid } from "../core";
import type { OutputSheet } from "../core";

/**
 * The whole workbook, for the assessment view (every unit sheet, 汇总, 失分分析, 反馈单). A host that offers it
 * implements every method; failures reject with a HostError whose message is for the user.
 */
export interface WorkbookAccess {
  /** Every worksheet, 扣分明细 included, in workbook order (merges where the host can tell them cheaply). */
  readSheets(): Promise<SheetGrid[]>;
  /** Copies `source` to a new last sheet named `name`, then changes `edits` on the copy (新建单位表). */
  copySheet(source: string, name: string, edits: { row: number; col: number; value: CellValue }[]): Promise<void>;
  /** Writes each sheet anew (a sheet of that name is replaced, else added at the end), in one go where it can. */
  writeOutputs(sheets: OutputSheet[]): Promise<void>;
}
