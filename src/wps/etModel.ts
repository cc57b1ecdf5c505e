// The part of WPS 表格's object model (ET, VBA-like and synchronous) that the host uses. Our own declarations:
// Kingsoft's typings may not be redistributed. Collections are 1-based and read with .Item(), never [].

export interface EtCount {
  readonly Count: number;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  /** Typed values: numbers, text, booleans; dates as serial numbers. A scalar for one cell, else rows of cells. */
  Value2: unknown;
  /** Formula text where a cell holds one, else the constant (as text in some builds). */
  Formula: unknown;
  /** true, false, or null when only part of the range is merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Select(): unknown;
  ClearContents(): unknown;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  readonly UsedRange: EtRange;
  readonly ProtectContents: boolean;
  Range(address: string): EtRange;
  Activate(): unknown;
  Delete(): unknown;
}

export interface EtWorksheets extends EtCount {
  Item(index: number | string): EtWorksheet;
  /** Before, After, Count, Type: pass `undefined` for the ones left out. */
  Add(before?: EtWorksheet, after?: EtWorksheet, count?: number, type?: number): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  readonly ProtectStructure: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  DisplayAlerts: boolean;
}

/** XlSheetType.xlWorksheet */
export const XL_WORKSHEET = -4167;
