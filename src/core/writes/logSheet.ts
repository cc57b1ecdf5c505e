import { KIND_NAMES } from "../names";
import type { AppliedFinding, CellValue, FindingsFile, LogMeta, ScoreResult, SheetModel } from "../types";

export const LOG_SHEET_NAME = "扣分明细";

export const LOG_HEADER = [
  "工作表",
  "被考核单位",
  "行号",
  "目标项目",
  "条款序号",
  "评分标准条款",
  "类型",
  "次数",
  "填写分值",
  "分值变动",
  "备注",
  "说明",
  "评分人",
  "时间",
] as const;

type Column = (typeof LOG_HEADER)[number];

function logRow(model: SheetModel, result: ScoreResult, f: AppliedFinding, meta: LogMeta): CellValue[] {
  const item = model.items[f.itemIndex];
  const clause = item.clauses[f.clauseIndex - 1];
  const byColumn: Record<Column, CellValue> = {
    工作表: model.layout.sheet,
    被考核单位: result.unit ?? "",
    行号: item.row,
    目标项目: item.name,
    条款序号: clause.index,
    评分标准条款: clause.text,
    类型: KIND_NAMES[clause.kind],
    次数: f.count,
    填写分值: f.amount ?? "",
    分值变动: f.effect,
    备注: f.note ?? "",
    说明: f.remark,
    评分人: meta.assessor,
    时间: meta.time,
  };
  return LOG_HEADER.map((column) => byColumn[column]);
}

/** The whole log after scoring `model`'s sheet: rows of other sheets kept, this sheet's rows replaced. */
export function buildLog(model: SheetModel, result: ScoreResult, existing: CellValue[][] | null | undefined, meta: LogMeta): CellValue[][] {
  const kept: CellValue[][] = [];
  if (existing && existing.length > 1) {
    const sheetCol = headerIndex(existing[0], "工作表");
    for (const row of existing.slice(1)) {
      if (row.every((v) => v === null || v === "")) continue;
      if (sheetCol >= 0 && String(row[sheetCol] ?? "") !== model.layout.sheet) {
        kept.push(LOG_HEADER.map((column) => row[headerIndex(existing[0], column)] ?? ""));
      }
    }
  }
  const mine = result.applied.map((f) => logRow(model, result, f, meta));
  return [[...LOG_HEADER], ...kept, ...mine];
}

function headerIndex(header: CellValue[], column: string): number {
  return header.findIndex((v) => String(v ?? "").trim() === column);
}

function numberOf(value: CellValue): number | undefined {
  const n = typeof value === "number" ? value : Number(String(value ?? "").trim());
  return value === null || value === "" || !Number.isFinite(n) ? undefined : n;
}

/** The findings recorded for `sheet` in a 扣分明细 sheet (item by row, clause by index). */
export function decodeLog(log: CellValue[][], sheet: string): FindingsFile {
  const header = log[0] ?? [];
  const col = (name: Column) => headerIndex(header, name);
  const out: FindingsFile = { findings: [] };
  if (col("工作表") < 0 || col("行号") < 0 || col("条款序号") < 0) return out;
  for (const row of log.slice(1)) {
    if (String(row[col("工作表")] ?? "") !== sheet) continue;
    const itemRow = numberOf(row[col("行号")]);
    const clause = numberOf(row[col("条款序号")]);
    if (itemRow === undefined || clause === undefined) continue;
    const unit = String(row[col("被考核单位")] ?? "").trim();
    if (unit && out.unit === undefined) out.unit = unit;
    const finding: FindingsFile["findings"][number] = { item: itemRow, clause };
    const count = numberOf(row[col("次数")]);
    if (count !== undefined && count !== 1) finding.count = count;
    const amount = col("填写分值") >= 0 ? numberOf(row[col("填写分值")]) : undefined;
    if (amount !== undefined) finding.amount = amount;
    const note = col("备注") >= 0 ? String(row[col("备注")] ?? "").trim() : "";
    if (note) finding.note = note;
    out.findings.push(finding);
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2026-11-28 02:42:03 (UTC+8)": the assessor's local time, with its offset so the log stays unambiguous. */
export function formatLogTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const hours = Math.trunc(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const zone = `UTC${offset < 0 ? "-" : "+"}${hours}${minutes ? `:${pad(minutes)}` : ""}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} (${zone})`;
}
