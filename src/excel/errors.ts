import { HostError } from "../host/scoringHost";
import type { HostErrorCode } from "../host/scoringHost";

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
  "missing-sheet": {
    zh: (s) => `找不到工作表“${s}”，它可能已被删除或改名。请重新读取。`,
    en: (s) => `Sheet "${s}" was not found; it may have been deleted or renamed. Read the workbook again.`,
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
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const mapped = typeof code === "string" ? OFFICE_CODES[code] : undefined;
  if (mapped) return hostError(mapped, lang, sheet);
  return hostError("failed", lang, typeof code === "string" ? code : "");
}
