/** Why bytes are not a workbook the engine can read. */
export type WorkbookFileErrorCode = "encrypted" | "xls" | "ods" | "not-xlsx" | "corrupt";

/** A file that is not a readable .xlsx/.xlsm; `code` says what it is instead, so each host can word it. */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookFileErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "WorkbookFileError";
  }
}
