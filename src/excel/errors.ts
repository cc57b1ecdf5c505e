import { HostError } from "../host/scoringHost";
import type { HostErrorCode, WriteReceipt } from "../host/scoringHost";

export type Lang = "zh" | "en";

const MESSAGES: Record<HostErrorCode, Record<Lang, (detail: string) => string>> = {
  protected: {
    zh: (s) => `工作表“${s}”受保护，无法填写。请先撤销工作表保护（审阅 › 撤销工作表保护），再试一次。`,
    en: (s) => `Sheet "${s}" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.`,
  },
  stale: {
    zh: (s) => `工作表“${s}”在读取后被修改过，本次没有写入任何内容。请重新读取后再填写。`,
    en: (s) => `Sheet "${s}" changed after it was read, so nothing was written. Read it again, then fill in the scores.`,
  },
  conflict: {
    zh: (s) => `工作表“${s}”在读取后被手动修改过，本次没有写入任何内容，以免覆盖这些修改。请重新读取后再填写。`,
    en: (s) =>
      `Sheet "${s}" was edited by hand after it was read, so nothing was written (to keep those edits). Read it again, then fill in the scores.`,
  },
  "missing-sheet": {
    zh: (s) => (s ? `找不到工作表“${s}”，它可能已被删除或改名。请重新读取。` : "读取时有工作表被删除或改名了。请重新读取。"),
    en: (s) =>
      s
        ? `Sheet "${s}" was not found; it may have been deleted or renamed. Read the workbook again.`
        : "A sheet was deleted or renamed while it was being read. Read the workbook again.",
  },
  "no-table": {
    zh: () => "工作簿中没有找到评分表（需要有“评分标准”“分值”等列标题的表格）。",
    en: () => "No scoring table was found in this workbook (a table with headers such as 评分标准 and 分值).",
  },
  busy: {
    zh: () => "Excel 正忙（可能正在编辑单元格），请结束编辑后再试。",
    en: () => "Excel is busy (a cell may be in edit mode). Finish editing and try again.",
  },
  unsupported: {
    zh: () => "此版本的 Excel 不支持本加载项所需的功能，请升级到 Excel 2019、Microsoft 365 或 Excel 网页版。",
    en: () => "This version of Excel lacks features the add-in needs. Use Excel 2019, Microsoft 365 or Excel on the web.",
  },
  failed: {
    zh: (s) => `Excel 操作失败${s ? `（${s}）` : ""}，工作簿可能未被修改。请重试。`,
    en: (s) => `The Excel operation failed${s ? ` (${s})` : ""}. Please try again.`,
  },
};

/** A HostError whose message is written for the user in `lang`; `detail` is a sheet name or an error code. */
export function hostError(code: HostErrorCode, lang: Lang, detail = ""): HostError {
  return new HostError(code, MESSAGES[code][lang](detail));
}

/** Adding (or removing) the 扣分明细 sheet is refused while the workbook's structure is protected. */
export function structureProtectedError(lang: Lang, sheet: string): HostError {
  return new HostError(
    "protected",
    lang === "zh"
      ? `工作簿结构受保护，无法添加或删除“${sheet}”工作表，本次没有写入任何内容。请先撤销工作簿保护（审阅 › 保护工作簿），再试一次。`
      : `The workbook's structure is protected, so the "${sheet}" sheet cannot be added or removed; nothing was written. Unprotect the workbook (Review › Protect Workbook) and try again.`,
  );
}

/** Undo refused: `sheet` (the scored sheet or 扣分明细) was edited after the fill, first at `cell` (A1) if known. */
export function undoStaleError(lang: Lang, sheet: string, cell?: string): HostError {
  const where = cell ? (lang === "zh" ? `（如 ${cell}）` : ` (e.g. ${cell})`) : "";
  return new HostError(
    "stale",
    lang === "zh"
      ? `工作表“${sheet}”在填写后又被修改过${where}，撤销会覆盖这些修改，因此没有撤销任何内容。`
      : `Sheet "${sheet}" was edited after the scores were filled in${where}; undoing would overwrite those edits, so nothing was undone.`,
  );
}

/**
 * A co-author changed target cells while the fill was being written: their values were put back (kept), the rest
 * of the fill was written; the receipt undoes it.
 */
export function coauthorConflictError(lang: Lang, sheet: string, cells: string[], receipt: WriteReceipt): HostError {
  const shown =
    cells.slice(0, 5).join(lang === "zh" ? "、" : ", ") +
    (cells.length > 5 ? (lang === "zh" ? ` 等 ${cells.length} 个` : ` and ${cells.length - 5} more`) : "");
  return new HostError(
    "conflict",
    lang === "zh"
      ? `填写时，有人同时修改了工作表“${sheet}”的 ${shown}：已保留对方的内容，其余得分已填写。请重新读取并核对这些单元格；如需恢复原样，请点“撤销本次填写”。`
      : `While filling, someone else changed ${shown} on sheet "${sheet}": their values were kept and the other scores written. Read the sheet again and check those cells; Undo puts back what was there before.`,
    receipt,
  );
}

/** Undo was given a receipt this host did not make (it lacks what the write put in the cells). */
export function foreignReceiptError(lang: Lang): HostError {
  return new HostError(
    "failed",
    lang === "zh"
      ? "无法撤销：缺少本次填写的记录。请重新读取工作表。"
      : "Cannot undo: the record of this fill is missing. Read the sheet again.",
  );
}

/**
 * A write that failed after its first batch reached Excel: Excel batches are not transactional, so some cells
 * may hold new values. The receipt (what sync 1 found) lets the pane offer undo.
 */
export function partialWriteError(error: unknown, lang: Lang, sheet: string, receipt: WriteReceipt): HostError {
  const cause = officeCode(error) ?? (lang === "zh" ? "未知错误" : "unknown error");
  return new HostError(
    "failed",
    lang === "zh"
      ? `填写工作表“${sheet}”时中途失败（${cause}），工作簿可能已被部分写入。请点击“撤销本次填写”恢复填写前的内容。`
      : `Writing to sheet "${sheet}" stopped part way (${cause}), so the workbook may be partly written. Use Undo to put back what was there before.`,
    receipt,
  );
}

/** Excel on the web's 5 MB limit on a request or a response (one context.sync()). */
export const PAYLOAD_LIMIT_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

export function isResponseTooLarge(error: unknown): boolean {
  return officeCode(error) === "ResponsePayloadSizeLimitExceeded";
}

function tooLargeError(lang: Lang): HostError {
  return new HostError(
    "failed",
    lang === "zh"
      ? "数据量超出 Excel 网页版单次传输 5 MB 的上限（某一行过大），操作未能完成。请删去过长的单元格内容或多余的行列后重试，或改用 Excel 桌面版。"
      : "The data exceeds Excel on the web's 5 MB limit per transfer (a single row is too large), so the operation could not finish. Shorten very long cells or remove unused rows and columns, or use Excel desktop.",
  );
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
