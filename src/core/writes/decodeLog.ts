import { problem } from "../problems";
import { normalizeKey } from "../text/normalize";
import { zhToNumber } from "../text/numerals";
import type { CellValue, Finding, FindingsFile, Item, Problem, SheetModel } from "../types";
import { CHECKED, headerIndex, type LogColumn, TYPED_SCORE } from "./logColumns";
import { CONTINUED } from "./longText";

export interface DecodedLog extends FindingsFile {
  /** Rows that could not be read or no longer match the sheet, and findings that moved to another row. */
  problems: Problem[];
  /**
   * Items marked 已核查 (checked, nothing found), as findings name items: their sheet row (with a model, the row
   * the item is on now), else their name. They change no score.
   */
  checked: (string | number)[];
}

/** One finding's row of the log, with its 1-based row number in the log sheet. */
interface LogEntry {
  logRow: number;
  cells: CellValue[];
}

type Read<T> = { ok: true; value: T | undefined } | { ok: false };

function text(value: CellValue | undefined): string {
  return String(value ?? "").trim();
}

/** A number as typed by hand: 3, "3", "３", "第3行", "两次", "2次", "三". Blank is undefined; anything else fails. */
function readNumber(value: CellValue | undefined, words: RegExp): Read<number> {
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : { ok: false };
  const t = normalizeKey(text(value)).replace(words, "");
  if (t === "") return text(value) === "" ? { ok: true, value: undefined } : { ok: false };
  const n = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : zhToNumber(t);
  return n === null || !Number.isFinite(n) ? { ok: false } : { ok: true, value: n };
}

const ROW_WORDS = /^第|行$/g;
const COUNT_WORDS = /[次项个处例件人本篇份条起]$/;
const INDEX_WORDS = /^第|条$/g;

/** The log's rows for `sheet`, each continuation row's texts joined to the row above it. */
function entries(log: CellValue[][], sheet: string, sheetCol: number, kindCol: number): LogEntry[] {
  const out: LogEntry[] = [];
  log.slice(1).forEach((row, i) => {
    if (String(row[sheetCol] ?? "") !== sheet) return;
    const last = out[out.length - 1];
    if (kindCol >= 0 && text(row[kindCol]) === CONTINUED) {
      if (last) {
        last.cells = last.cells.map((v, c) =>
          c === kindCol || c === sheetCol || typeof row[c] !== "string" || row[c] === "" ? v : `${String(v ?? "")}${row[c] as string}`,
        );
      }
      return;
    }
    out.push({ logRow: i + 2, cells: [...row] });
  });
  return out;
}

function sameName(a: string, b: string): boolean {
  return normalizeKey(a) === normalizeKey(b);
}

/** The item a log entry meant: by its name (nearest to the logged row when several share it), else by its row. */
function findItem(model: SheetModel, name: string, row: number | undefined, clauseText: string): Item | undefined {
  const named = name === "" ? [] : model.items.filter((it) => sameName(it.name, name));
  const withClause = clauseText === "" ? named : named.filter((it) => it.clauses.some((c) => sameName(c.text, clauseText)));
  const pool = withClause.length > 0 ? withClause : named;
  if (pool.length > 0) {
    return pool.reduce((best, it) => (row !== undefined && Math.abs(it.row - row) < Math.abs(best.row - row) ? it : best));
  }
  if (name !== "" || row === undefined) return undefined;
  return model.items.find((it) => row >= it.row && row <= it.lastRow);
}

/**
 * The findings recorded for `sheet` in a 扣分明细 sheet. Without a model, items are given by their logged row and
 * clauses by index. With the sheet's model, each finding follows its item by identity (item name, clause text)
 * wherever rows were inserted or deleted since; what no longer matches, or cannot be read, is reported, never dropped
 * silently or miscounted.
 */
export function decodeLog(log: CellValue[][], sheet: string, model?: SheetModel): DecodedLog {
  const header = log[0] ?? [];
  const col = (name: LogColumn) => headerIndex(header, name);
  const out: DecodedLog = { findings: [], problems: [], checked: [] };
  if (col("工作表") < 0 || (col("行号") < 0 && col("目标项目") < 0)) return out;
  const moved = new Set<string>();
  const cell = (e: LogEntry, name: LogColumn) => (col(name) >= 0 ? e.cells[col(name)] : undefined);

  for (const e of entries(log, sheet, col("工作表"), col("类型"))) {
    const unread = (column: LogColumn) => {
      out.problems.push(problem("warning", "log-value-unread", null, { logRow: e.logRow, column, value: text(cell(e, column)) }));
    };
    const row = readNumber(cell(e, "行号"), ROW_WORDS);
    const index = readNumber(cell(e, "条款序号"), INDEX_WORDS);
    const count = readNumber(cell(e, "次数"), COUNT_WORDS);
    const amount = readNumber(cell(e, "填写分值"), /分$/);
    const failed = (
      [
        ["行号", row],
        ["条款序号", index],
        ["次数", count],
        ["填写分值", amount],
      ] as const
    ).find(([, r]) => !r.ok);
    if (failed) {
      unread(failed[0]);
      continue;
    }
    const rowNo = row.ok ? row.value : undefined;
    const clauseNo = index.ok ? index.value : undefined;
    const name = text(cell(e, "目标项目"));
    const clauseText = text(cell(e, "评分标准条款"));
    const typed = text(cell(e, "类型")) === TYPED_SCORE;
    if (rowNo === undefined && name === "") {
      unread("行号");
      continue;
    }
    if (text(cell(e, "类型")) === CHECKED) {
      readChecked(out, model, name, rowNo, e.logRow);
      continue;
    }
    if (!typed && clauseNo === undefined && clauseText === "") {
      unread("条款序号");
      continue;
    }

    let finding: Finding;
    if (model) {
      const item = findItem(model, name, rowNo, clauseText);
      const clause = item && !typed ? locateClause(item, clauseText, clauseNo) : undefined;
      if (!item || (!typed && clause === undefined)) {
        out.problems.push(
          problem("warning", "log-finding-lost", null, {
            logRow: e.logRow,
            item: name || String(rowNo),
            clause: clauseText || String(clauseNo ?? ""),
          }),
        );
        continue;
      }
      // One notice per moved item, however many of its findings moved with it.
      const move = `${item.row}|${rowNo ?? ""}`;
      if (rowNo !== undefined && rowNo !== item.row && !moved.has(move)) {
        moved.add(move);
        out.problems.push(problem("info", "log-finding-moved", null, { item: item.name, from: rowNo, to: item.row }));
      }
      finding = typed ? { item: item.row } : { item: item.row, clause };
    } else {
      const item = rowNo ?? name;
      finding = typed ? { item } : { item, clause: clauseNo ?? clauseText };
    }

    const unit = text(cell(e, "被考核单位"));
    if (unit && out.unit === undefined) out.unit = unit;
    const counted = count.ok ? count.value : undefined;
    const typedAmount = amount.ok ? amount.value : undefined;
    if (typed) {
      if (typedAmount === undefined) {
        unread("填写分值");
        continue;
      }
      finding.score = typedAmount;
    } else {
      if (counted !== undefined && counted !== 1) finding.count = counted;
      if (typedAmount !== undefined) finding.amount = typedAmount;
    }
    const level = text(cell(e, "档次"));
    if (level) finding.level = level;
    const note = text(cell(e, "备注"));
    if (note) finding.note = note;
    out.findings.push(finding);
  }
  return out;
}

/** An 已核查 row: the item it marks, followed by name like a finding's; an item no longer on the sheet is reported. */
function readChecked(out: DecodedLog, model: SheetModel | undefined, name: string, row: number | undefined, logRow: number): void {
  if (!model) {
    out.checked.push(row ?? name);
    return;
  }
  const item = findItem(model, name, row, "");
  if (!item) {
    out.problems.push(problem("warning", "log-finding-lost", null, { logRow, item: name || String(row), clause: CHECKED }));
    return;
  }
  if (!out.checked.includes(item.row)) out.checked.push(item.row);
}

/** The clause's 1-based index in `item`: by its logged text when there is one, else by its logged index. */
function locateClause(item: Item, clauseText: string, index: number | undefined): number | undefined {
  if (clauseText !== "") {
    const byText = item.clauses.filter((c) => sameName(c.text, clauseText));
    if (byText.length === 0) return undefined;
    return (byText.find((c) => c.index === index) ?? byText[0]).index;
  }
  return index !== undefined && item.clauses.some((c) => c.index === index) ? index : undefined;
}
