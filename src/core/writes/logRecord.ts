import type { CellValue } from "../types";
import { decodeLog } from "./decodeLog";
import { headerIndex } from "./logColumns";
import { CONTINUED } from "./longText";

/** What the 扣分明细 log recorded about the last scoring of one sheet, besides its findings. */
export interface LogRecord {
  /** The log has rows for this sheet. */
  hasRows: boolean;
  /** The 被考核单位 the sheet was scored for ("" when it was scored without a unit). */
  unit: string;
  /** The last 评分人 recorded for this sheet ("" when none). */
  assessor: string;
  /** The last 时间 recorded for this sheet ("" when none). */
  time: string;
}

const NONE: LogRecord = { hasRows: false, unit: "", assessor: "", time: "" };

function text(value: CellValue | undefined): string {
  return String(value ?? "").trim();
}

/** The unit, assessor and time the log holds for `sheet`; a （续） row's 评分人 and 时间 are not a scoring's. */
export function logRecordOf(log: CellValue[][] | null | undefined, sheet: string): LogRecord {
  if (!log || log.length < 2) return NONE;
  const decoded = decodeLog(log, sheet);
  if (decoded.findings.length === 0 && decoded.checked.length === 0) return NONE;
  const header = log[0];
  const [sheetCol, kindCol, assessorCol, timeCol] = (["工作表", "类型", "评分人", "时间"] as const).map((h) => headerIndex(header, h));
  let assessor = "";
  let time = "";
  for (const row of log.slice(1)) {
    if (String(row[sheetCol] ?? "") !== sheet || (kindCol >= 0 && text(row[kindCol]) === CONTINUED)) continue;
    const name = assessorCol >= 0 ? text(row[assessorCol]) : "";
    const at = timeCol >= 0 ? text(row[timeCol]) : "";
    if (name) assessor = name;
    if (at) time = at;
  }
  return { hasRows: true, unit: decoded.unit ?? "", assessor, time };
}
