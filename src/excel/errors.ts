// Excel's HostErrors: each carries its code and args; the words are in src/host/hostMessages.ts, one table for every
// host. The language given here only picks the wording of error.message.
import { HostError } from "../host/scoringHost";
import type { HostErrorCode, WriteReceipt } from "../host/scoringHost";
import { makeHostError, type HostErrorArgsByCode, type HostKind, type HostLanguage } from "../host/hostMessages";

export type Lang = HostLanguage;

function argsFrom(code: HostErrorCode, detail: string, host: HostKind): HostErrorArgsByCode[HostErrorCode] {
  switch (code) {
    case "protected":
    case "stale":
    case "conflict":
      return { sheet: detail };
    case "missing-sheet":
      return detail ? { sheet: detail } : {};
    case "no-table":
      return {};
    case "busy":
    case "unsupported":
      return { host };
    case "failed":
      return detail ? { reason: "operation", host, detail } : { reason: "operation", host };
  }
}

/** A HostError worded in `lang`; `detail` is a sheet name or an error code; `host` is named where the message says who failed. */
export function hostError(code: HostErrorCode, lang: Lang, detail = "", host: HostKind = "excel"): HostError {
  return makeHostError(code, argsFrom(code, detail, host) as never, lang);
}

/** Adding (or removing) the 扣分明细 sheet is refused while the workbook's structure is protected. */
export function structureProtectedError(lang: Lang, sheet: string): HostError {
  return makeHostError("protected", { sheet, scope: "structure" }, lang);
}

/** Undo refused: `sheet` (the scored sheet or 扣分明细) was edited after the fill, first at `cell` (A1) if known. */
export function undoStaleError(lang: Lang, sheet: string, cell?: string): HostError {
  return makeHostError("stale", cell ? { sheet, after: "fill", cell } : { sheet, after: "fill" }, lang);
}

/**
 * A co-author changed target cells while the fill was being written: their values were put back (kept), the rest
 * of the fill was written; the receipt undoes it.
 */
export function coauthorConflictError(lang: Lang, sheet: string, cells: string[], receipt: WriteReceipt): HostError {
  return makeHostError("conflict", { sheet, cells }, lang, receipt);
}

/** Undo was given a receipt this host did not make (it lacks what the write put in the cells). */
export function foreignReceiptError(lang: Lang): HostError {
  return makeHostError("failed", { reason: "foreign-receipt" }, lang);
}

/**
 * A write that failed after its first batch reached Excel: Excel batches are not transactional, so some cells
 * may hold new values. The receipt (what sync 1 found) lets the pane offer undo.
 */
export function partialWriteError(error: unknown, lang: Lang, sheet: string, receipt: WriteReceipt): HostError {
  const detail = officeCode(error);
  return makeHostError("failed", detail ? { reason: "partial", sheet, detail } : { reason: "partial", sheet }, lang, receipt);
}

/** Excel on the web's 5 MB limit on a request or a response (one context.sync()). */
export const PAYLOAD_LIMIT_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

export function isResponseTooLarge(error: unknown): boolean {
  return officeCode(error) === "ResponsePayloadSizeLimitExceeded";
}

function tooLargeError(lang: Lang): HostError {
  return makeHostError("failed", { reason: "too-large" }, lang);
}

function officeCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

// Office.js rejects with OfficeExtension.Error, whose `code` is one of Excel.ErrorCodes (strings).
const OFFICE_CODES: Record<string, HostErrorCode> = {
  AccessDenied: "protected",
  ItemNotFound: "missing-sheet",
  InvalidOperationInCellEditMode: "busy",
  Conflict: "busy",
  ActivityLimitReached: "busy",
  ApiNotFound: "unsupported",
  UnsupportedOperation: "unsupported",
};

/** Turns whatever an Excel batch rejected with into a HostError (a HostError passes through unchanged). */
export function toHostError(error: unknown, lang: Lang, sheet: string): HostError {
  if (error instanceof HostError) return error;
  const code = officeCode(error);
  if (code && PAYLOAD_LIMIT_CODES.includes(code)) return tooLargeError(lang);
  const mapped = code ? OFFICE_CODES[code] : undefined;
  if (mapped) return hostError(mapped, lang, sheet);
  return hostError("failed", lang, code ?? "");
}
