import { subExact } from "../exact";
import { KIND_NAMES } from "../names";
import type { AppliedFinding, CellValue, LogMeta, ScoreResult, SheetModel } from "../types";
import { CHECKED, headerIndex, LOG_HEADER, type LogColumn, OVERRIDE_MARK, TYPED_SCORE } from "./logColumns";
import { decodeLog } from "./decodeLog";
import { splitLongCells } from "./longText";

export { CHECKED, headerIndex, LOG_HEADER, LOG_SHEET_NAME, OVERRIDE_MARK, TYPED_SCORE } from "./logColumns";
export type { LogColumn } from "./logColumns";
export { decodeLog } from "./decodeLog";
export type { DecodedLog } from "./decodeLog";

function kindText(model: SheetModel, f: AppliedFinding): string {
  if (f.clauseIndex === 0) return TYPED_SCORE;
  const clause = model.items[f.itemIndex].clauses[f.clauseIndex - 1];
  return `${KIND_NAMES[clause.kind]}${f.override ? OVERRIDE_MARK : ""}`;
}

function logRow(model: SheetModel, result: ScoreResult, f: AppliedFinding, meta: LogMeta): CellValue[] {
  const item = model.items[f.itemIndex];
  const clause = f.clauseIndex > 0 ? item.clauses[f.clauseIndex - 1] : undefined;
  const level = clause && f.level !== undefined ? clause.levels?.[f.level]?.label : undefined;
  const byColumn: Record<LogColumn, CellValue> = {
    工作表: model.layout.sheet,
    被考核单位: result.unit ?? "",
    行号: item.row,
    目标项目: item.name,
    条款序号: clause?.index ?? "",
    评分标准条款: clause?.text ?? "",
    类型: kindText(model, f),
    次数: clause ? f.count : "",
    填写分值: (clause ? f.amount : f.score) ?? "",
    分值变动: f.effect,
    备注: f.note ?? "",
    说明: f.remark,
    评分人: meta.assessor,
    时间: meta.time,
    档次: level ?? "",
  };
  return LOG_HEADER.map((column) => byColumn[column]);
}

/** A score typed for a whole row, as a log entry: 填写分值 holds the score, 分值变动 its distance from full points. */
function typedEntry(model: SheetModel, typed: NonNullable<ScoreResult["typed"]>[number]): AppliedFinding {
  const points = model.items[typed.itemIndex].points ?? typed.score;
  const entry: AppliedFinding = {
    itemIndex: typed.itemIndex,
    clauseIndex: 0,
    count: 1,
    score: typed.score,
    effect: subExact(typed.score, points),
    remark: "",
    applied: true,
  };
  if (typed.note) entry.note = typed.note;
  return entry;
}

/** Indexes of the items the existing log marks 已核查 for the model's sheet. */
function loggedMarks(model: SheetModel, existing: CellValue[][] | null | undefined): number[] {
  if (!existing || existing.length < 2) return [];
  const rows = decodeLog(existing, model.layout.sheet, model).checked;
  return model.items.filter((item) => rows.includes(item.row)).map((item) => item.index);
}

/** An item marked 已核查: its name and row, no clause, no change. */
function checkedRow(model: SheetModel, result: ScoreResult, itemIndex: number, meta: LogMeta): CellValue[] {
  const item = model.items[itemIndex];
  const byColumn: Partial<Record<LogColumn, CellValue>> = {
    工作表: model.layout.sheet,
    被考核单位: result.unit ?? "",
    行号: item.row,
    目标项目: item.name,
    类型: CHECKED,
    分值变动: 0,
    评分人: meta.assessor,
    时间: meta.time,
  };
  return LOG_HEADER.map((column) => byColumn[column] ?? "");
}

/**
 * The whole log after scoring `model`'s sheet: rows of other sheets kept, this sheet's rows replaced.
 * `checked`: indexes of the items marked 已核查, logged after the findings; when not given (a caller that knows
 * nothing of marks, such as re-scoring a findings file), the marks the existing log holds for the sheet are kept.
 */
export function buildLog(
  model: SheetModel,
  result: ScoreResult,
  existing: CellValue[][] | null | undefined,
  meta: LogMeta,
  checked?: readonly number[],
): CellValue[][] {
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
  const entries = [...result.applied, ...(result.typed ?? []).map((t) => typedEntry(model, t))];
  const mine = entries.flatMap((f) => splitLongCells(logRow(model, result, f, meta), LOG_HEADER.indexOf("类型")));
  const marks = [...new Set(checked ?? loggedMarks(model, existing))]
    .filter((i) => model.items[i] !== undefined)
    .sort((a, b) => a - b)
    .flatMap((i) => splitLongCells(checkedRow(model, result, i, meta), LOG_HEADER.indexOf("类型")));
  return [[...LOG_HEADER], ...kept, ...mine, ...marks];
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
