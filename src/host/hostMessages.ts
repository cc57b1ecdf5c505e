// Every host error's message, once in Chinese and once in English, built from the error's code and args — one table
// for Excel, WPS and the preview. A host keeps one wording in HostError.message (its language, Chinese by default);
// the pane words the code and args in its own language with hostErrorText().
import type { ProblemLanguage } from "../core";
import { HostError, type HostErrorCode, type ScoringHost, type WriteReceipt } from "./scoringHost";

export type HostLanguage = ProblemLanguage;

/** Which host raised it (ScoringHost.kind): the messages name it. */
export type HostKind = ScoringHost["kind"];

/** Why a call failed when nothing more specific fits (code "failed"). */
export type FailedArgs =
  /** A call into the host threw; detail: its error code or text, when it has one. */
  | { reason: "operation"; host: HostKind; detail?: string }
  /** A write stopped after some cells were written (the error carries the receipt to undo). */
  | { reason: "partial"; sheet: string; detail?: string }
  /** The host did not take values written to `cell` and others, even on a retry (WPS). */
  | { reason: "not-applied"; sheet: string; cell: string }
  /** Undo was given a receipt this host did not make. */
  | { reason: "foreign-receipt" }
  /** Excel on the web's 5 MB limit on one transfer. */
  | { reason: "too-large" }
  /** The preview's workbook code (exceljs) did not load. */
  | { reason: "workbook-code" };

/** The args each code takes. Sheet names and cell addresses stay as written. */
export interface HostErrorArgsByCode {
  /** scope "structure": the workbook's structure is protected, so sheet `sheet` cannot be added or removed. */
  protected: { sheet: string; scope?: "sheet" | "structure" };
  /** after "fill": undo refused, `sheet` was edited after the fill (first at `cell`); else changed since it was read. */
  stale: { sheet: string; after?: "read" | "fill"; cell?: string };
  /** cells: a co-author's edits kept during a write (the rest written); absent: the sheet was edited by hand since the scan. */
  conflict: { sheet: string; cells?: readonly string[] };
  /** sheet absent: a sheet went while the workbook was being read. */
  "missing-sheet": { sheet?: string };
  "no-table": Record<string, never>;
  busy: { host: HostKind };
  unsupported: { host: HostKind };
  failed: FailedArgs;
}

export type HostErrorArgs = HostErrorArgsByCode[HostErrorCode];

/** A host error as data: what the pane keeps to word it in its language. */
export type HostErrorInfo = { [C in HostErrorCode]: { code: C; args: HostErrorArgsByCode[C] } }[HostErrorCode];

type MessageTable = { [C in HostErrorCode]: (args: HostErrorArgsByCode[C]) => string };

// As the host's name leads a Chinese phrase: a space after a Latin name, none after a Chinese one.
const HOST_ZH: Record<HostKind, string> = { excel: "Excel ", wps: "WPS 表格", preview: "预览" };
const HOST_EN: Record<HostKind, string> = { excel: "Excel", wps: "WPS Spreadsheets", preview: "preview" };
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function cellsZh(cells: readonly string[]): string {
  return cells.slice(0, 5).join("、") + (cells.length > 5 ? ` 等 ${cells.length} 个` : "");
}

function cellsEn(cells: readonly string[]): string {
  return cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${cells.length - 5} more` : "");
}

function failedZh(a: FailedArgs): string {
  switch (a.reason) {
    case "operation": {
      const detail = a.detail ? `（${a.detail}）` : "";
      // Excel batches are checked before they write; a WPS or preview call may have written some cells.
      return `${HOST_ZH[a.host]}操作失败${detail}${a.host === "excel" ? "，工作簿可能未被修改。请重试。" : "，请重试。"}`;
    }
    case "partial":
      return `填写工作表“${a.sheet}”时中途失败（${a.detail ?? "未知错误"}），工作簿可能已被部分写入。请点击“撤销本次填写”恢复填写前的内容。`;
    case "not-applied":
      return `WPS 没有写入工作表“${a.sheet}”的 ${a.cell} 等单元格（重试后仍未生效），工作簿可能已被部分写入。请点击“撤销本次填写”恢复原样，并检查 WPS 版本。`;
    case "foreign-receipt":
      return "无法撤销：缺少本次填写的记录。请重新读取工作表。";
    case "too-large":
      return "数据量超出 Excel 网页版单次传输 5 MB 的上限（某一行过大），操作未能完成。请删去过长的单元格内容或多余的行列后重试，或改用 Excel 桌面版。";
    case "workbook-code":
      return "预览的工作簿组件未能加载，没有修改任何内容。请刷新页面后重试。";
  }
}

function failedEn(a: FailedArgs): string {
  switch (a.reason) {
    case "operation":
      return `The ${HOST_EN[a.host]} operation failed${a.detail ? ` (${a.detail})` : ""}. Please try again.`;
    case "partial":
      return `Writing to sheet "${a.sheet}" stopped part way (${a.detail ?? "unknown error"}), so the workbook may be partly written. Use Undo to put back what was there before.`;
    case "not-applied":
      return `WPS did not take the values written to ${a.cell} and other cells on sheet "${a.sheet}" (a retry failed too), so the workbook may be partly written. Use Undo to put back what was there, and check the WPS version.`;
    case "foreign-receipt":
      return "Cannot undo: the record of this fill is missing. Read the sheet again.";
    case "too-large":
      return "The data exceeds Excel on the web's 5 MB limit per transfer (a single row is too large), so the operation could not finish. Shorten very long cells or remove unused rows and columns, or use Excel desktop.";
    case "workbook-code":
      return "The preview's workbook code did not load, so nothing was changed. Reload the page and try again.";
  }
}

const zh: MessageTable = {
  protected: (a) =>
    a.scope === "structure"
      ? `工作簿结构受保护，无法添加或删除“${a.sheet}”工作表，本次没有写入任何内容。请先撤销工作簿保护（审阅 › 保护工作簿），再试一次。`
      : `工作表“${a.sheet}”受保护，无法填写。请先撤销工作表保护（审阅 › 撤销工作表保护），再试一次。`,
  stale: (a) =>
    a.after === "fill"
      ? `工作表“${a.sheet}”在填写后又被修改过${a.cell ? `（如 ${a.cell}）` : ""}，撤销会覆盖这些修改，因此没有撤销任何内容。`
      : `工作表“${a.sheet}”在读取后被修改过，本次没有写入任何内容。请重新读取后再填写。`,
  conflict: (a) =>
    a.cells
      ? `填写时，有人同时修改了工作表“${a.sheet}”的 ${cellsZh(a.cells)}：已保留对方的内容，其余得分已填写。请重新读取并核对这些单元格；如需恢复原样，请点“撤销本次填写”。`
      : `工作表“${a.sheet}”在读取后被手动修改过，本次没有写入任何内容，以免覆盖这些修改。请重新读取后再填写。`,
  "missing-sheet": (a) =>
    a.sheet ? `找不到工作表“${a.sheet}”，它可能已被删除或改名。请重新读取。` : "读取时有工作表被删除或改名了。请重新读取。",
  "no-table": () => "工作簿中没有找到评分表（需要有“评分标准”“分值”等列标题的表格）。",
  busy: (a) => `${HOST_ZH[a.host]}正忙（可能正在编辑单元格），请结束编辑后再试。`,
  unsupported: (a) =>
    a.host === "excel"
      ? "此版本的 Excel 不支持本加载项所需的功能，请升级到 Excel 2019、Microsoft 365 或 Excel 网页版。"
      : `此版本的${HOST_ZH[a.host]}不支持本加载项所需的功能，请升级后再试。`,
  failed: failedZh,
};

const en: MessageTable = {
  protected: (a) =>
    a.scope === "structure"
      ? `The workbook's structure is protected, so the "${a.sheet}" sheet cannot be added or removed; nothing was written. Unprotect the workbook (Review › Protect Workbook) and try again.`
      : `Sheet "${a.sheet}" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.`,
  stale: (a) =>
    a.after === "fill"
      ? `Sheet "${a.sheet}" was edited after the scores were filled in${a.cell ? ` (e.g. ${a.cell})` : ""}; undoing would overwrite those edits, so nothing was undone.`
      : `Sheet "${a.sheet}" changed after it was read, so nothing was written. Read it again, then fill in the scores.`,
  conflict: (a) =>
    a.cells
      ? `While filling, someone else changed ${cellsEn(a.cells)} on sheet "${a.sheet}": their values were kept and the other scores written. Read the sheet again and check those cells; Undo puts back what was there before.`
      : `Sheet "${a.sheet}" was edited by hand after it was read, so nothing was written (to keep those edits). Read it again, then fill in the scores.`,
  "missing-sheet": (a) =>
    a.sheet
      ? `Sheet "${a.sheet}" was not found; it may have been deleted or renamed. Read the workbook again.`
      : "A sheet was deleted or renamed while it was being read. Read the workbook again.",
  "no-table": () => "No scoring table was found in this workbook (a table with headers such as 评分标准 and 分值).",
  busy: (a) => `${capital(HOST_EN[a.host])} is busy (a cell may be in edit mode). Finish editing and try again.`,
  unsupported: (a) =>
    a.host === "excel"
      ? "This version of Excel lacks features the add-in needs. Use Excel 2019, Microsoft 365 or Excel on the web."
      : `This version of ${HOST_EN[a.host]} lacks features the add-in needs. Update it and try again.`,
  failed: failedEn,
};

const HOST_MESSAGES: Record<HostLanguage, MessageTable> = { zh, en };

/** The message of `code` with `args` in one language. */
export function hostMessage<C extends HostErrorCode>(code: C, args: HostErrorArgsByCode[C], lang: HostLanguage): string {
  const format = HOST_MESSAGES[lang][code] as (args: HostErrorArgsByCode[C]) => string;
  return format(args);
}

/** A HostError carrying its code and args; its message is worded in `lang`. */
export function makeHostError<C extends HostErrorCode>(
  code: C,
  args: HostErrorArgsByCode[C],
  lang: HostLanguage = "zh",
  receipt?: WriteReceipt,
): HostError {
  return new HostError(code, hostMessage(code, args, lang), receipt, args);
}

/** The code and args of a HostError made from the table (absent for one made with its text only). */
export function hostErrorInfo(error: HostError): HostErrorInfo | undefined {
  return error.args === undefined ? undefined : ({ code: error.code, args: error.args } as HostErrorInfo);
}

/** A host error (or its info) worded in `lang`: from its code and args when it has them, else its own message. */
export function hostErrorText(error: { code: HostErrorCode; args?: HostErrorArgs; message?: string }, lang: HostLanguage): string {
  return error.args === undefined ? (error.message ?? "") : hostMessage(error.code, error.args as never, lang);
}
