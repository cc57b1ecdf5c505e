// Messages for what only WPS raises; the host-neutral ones (protected, stale, missing sheet, no table) are shared.
import { HostError } from "../host/scoringHost";
import type { WriteReceipt } from "../host/scoringHost";
import type { Lang } from "../excel/errors";

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return text.slice(0, 120);
}

/** A call into WPS threw; nothing is known to be written. */
export function wpsFailed(error: unknown, lang: Lang): HostError {
  const why = reason(error);
  return new HostError(
    "failed",
    lang === "zh"
      ? `WPS 表格操作失败${why ? `（${why}）` : ""}，请重试。`
      : `The WPS Spreadsheets operation failed${why ? ` (${why})` : ""}. Please try again.`,
  );
}

/** Cells did not take the values written (some WPS builds drop property writes silently), even on a retry. */
export function wpsWriteNotApplied(lang: Lang, sheet: string, cell: string, receipt: WriteReceipt): HostError {
  return new HostError(
    "failed",
    lang === "zh"
      ? `WPS 没有写入工作表“${sheet}”的 ${cell} 等单元格（重试后仍未生效），工作簿可能已被部分写入。请点击“撤销本次填写”恢复原样，并检查 WPS 版本。`
      : `WPS did not take the values written to ${cell} and other cells on sheet "${sheet}" (a retry failed too), so the workbook may be partly written. Use Undo to put back what was there, and check the WPS version.`,
    receipt,
  );
}
