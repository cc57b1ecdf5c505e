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
  Merge(): unknown;
  ColumnWidth: number;
  readonly Top: number;
  readonly Left: number;
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  SeriesCollection(): { NewSeries(): EtSeries };
}

export interface EtSeries {
  Name: string;
  Values: unknown;
  XValues: unknown;
}

export interface EtChartObjects {
  Add(left: number, top: number, width: number, height: number): { readonly Chart: EtChart };
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  readonly UsedRange: EtRange;
  readonly ProtectContents: boolean;
  Range(address: string): EtRange;
  Activate(): unknown;
  Delete(): unknown;
  /** Before, After: pass `undefined` for the one left out. The copy becomes the active sheet. */
  Copy(before?: EtWorksheet, after?: EtWorksheet): unknown;
  readonly PageSetup: { PrintTitleRows: string; Orientation: number };
  readonly HPageBreaks: { Add(before: EtRange): unknown };
  ChartObjects(): EtChartObjects;
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
  /** A 加载项 page's events (absent outside one). */
  readonly ApiEvent?: EtApiEvent;
}

/**
 * Event callbacks of a 加载项 page. Removing takes the event's name only and removes every callback this page
 * added for that event (some builds also accept the function, which is passed too).
 */
export interface EtApiEvent {
  AddApiEventListener(eventName: string, callback: (...args: never[]) => unknown): unknown;
  RemoveApiEventListener(eventName: string, callback?: (...args: never[]) => unknown): unknown;
}

/** XlSheetType.xlWorksheet */
export const XL_WORKSHEET = -4167;
/** XlPageOrientation */
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;
/** XlChartType.xlColumnClustered */
export const XL_COLUMN_CLUSTERED = 51;
