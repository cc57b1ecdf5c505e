import { a1 } from "../a1";
import { addExact, subExact } from "../exact";
import type { Item, Problem, SheetRule } from "../types";
import type { GridView } from "./gridView";

// Notes under a form (or above it, as JGJ59 forms print them) state rules for the whole table. Only the phrasings
// below are read; any other note stays text for the assessor.
const SHEET_ZERO =
  /(?:评分表|检查表|该表|本表|此表|全表)[^;；。]{0,6}?(?:计|为|得|记)?\s*(?:0|零)\s*分|(?:评分表|检查表|该表|本表|此表)不(?:应)?得分/;
const NOT_CUMULATIVE = /后\s*(\d+|[二三四五六七八九十])\s*项(?:的)?(?:积分|得分|分值|分数)?不(?:累加|累计|叠加|重复计分)/;
const HAN_DIGITS = "一二三四五六七八九十";
const NOTE_ROWS_BELOW = 30;

interface NoteCell {
  text: string;
  row: number;
  col: number;
}

const compact = (text: string) => text.replace(/\s+/g, "");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The rules the notes around the table and its 备注 cells state for the whole table. */
export function readSheetRules(
  view: GridView,
  items: Item[],
  area: { topRow: number; lastRow: number; noteCol: number | undefined },
): SheetRule[] {
  const rules: SheetRule[] = [];
  const groups = groupNames(items);
  const around = [
    ...cellsOf(view, 1, area.topRow - 1),
    ...cellsOf(view, area.lastRow + 1, Math.min(view.rowCount, area.lastRow + NOTE_ROWS_BELOW)),
  ];
  const notes = area.noteCol === undefined ? [] : noteCells(view, items, area.noteCol);
  for (const note of [...around, ...notes]) {
    const cell = a1(note.row, note.col);
    for (const line of note.text.split(/[;；。\n]/)) {
      const sentence = compact(line).replace(/^(?:注[:：]?)?\d{1,2}[、.．]?(?!\d)/, "");
      if (groups.length > 0 && SHEET_ZERO.test(sentence)) rules.push(...zeroRules(sentence, groups, items, cell));
    }
  }
  for (const note of notes) {
    const m = NOT_CUMULATIVE.exec(compact(note.text));
    if (!m) continue;
    const count = /\d/.test(m[1]) ? Number(m[1]) : HAN_DIGITS.indexOf(m[1]) + 1;
    const under = itemsUnder(view, items, note);
    if (count >= 2 && count <= under.length) {
      rules.push({ kind: "bestOnly", items: under.slice(-count).map((it) => it.index), text: m[0], cell: a1(note.row, note.col) });
    }
  }
  return rules;
}

/** Group names as the items carry them (their group and every level above), longest first. */
function groupNames(items: Item[]): string[] {
  const names = new Set<string>();
  for (const item of items) {
    if (item.group) names.add(item.group);
    if (item.path) for (const level of item.path) names.add(level);
  }
  return [...names].filter((n) => compact(n).length >= 2).sort((a, b) => b.length - a.length);
}

function inGroup(item: Item, group: string): boolean {
  return item.group === group || (item.path ?? []).includes(group);
}

function zeroRules(sentence: string, groups: string[], items: Item[], cell: string): SheetRule[] {
  const out: SheetRule[] = [];
  for (const group of groups) {
    const g = escape(compact(group));
    if (!sentence.includes(compact(group))) continue;
    const text = sentence;
    if (new RegExp(`${g}(?:中)?(?:有)?(?:一|1|任一|任何一)项(?:未得分|不得分|(?:得|为|计)(?:0|零)分)`).test(sentence)) {
      out.push({ kind: "zeroIfAnyZero", group, text, cell });
    }
    const below = new RegExp(`${g}(?:中)?小计(?:得分)?(?:得)?(?:不足|低于|少于|不满|未达到|未满)(\\d+(?:\\.\\d+)?)分`).exec(sentence);
    if (below) {
      const min = Number(below[1]);
      // A minimum the group's full points cannot reach is no rule this table can mean.
      const most = items.filter((it) => inGroup(it, group)).reduce((s, it) => s + (it.points ?? 0), 0);
      if (min > 0 && most >= min) out.push({ kind: "zeroIfGroupBelow", group, min, text, cell });
    }
    if (out.length > 0) break;
  }
  return out;
}

/** Master cells with text in rows from..to. */
function cellsOf(view: GridView, from: number, to: number): NoteCell[] {
  const out: NoteCell[] = [];
  for (let row = Math.max(1, from); row <= to; row++) {
    const width = view.rowWidth(row);
    for (let col = 1; col <= width; col++) {
      const value = view.raw(row, col);
      if (typeof value !== "string" || !value.includes("项")) continue;
      out.push({ text: view.text(row, col), row, col });
    }
  }
  return out;
}

/** Each 备注 cell beside the items once, at its master. */
function noteCells(view: GridView, items: Item[], col: number): NoteCell[] {
  const out: NoteCell[] = [];
  const seen = new Set<number>();
  for (const item of items) {
    const master = view.master(item.row, col);
    const key = master.row * 16384 + master.col;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = view.raw(master.row, master.col);
    if (typeof value === "string" && value.includes("项")) out.push({ text: view.text(master.row, master.col), ...master });
  }
  return out;
}

/** The items whose rows the note cell spans, in order. */
function itemsUnder(view: GridView, items: Item[], note: NoteCell): Item[] {
  const m = view.merge(note.row, note.col);
  const top = m ? m.top : note.row;
  const bottom = m ? m.bottom : note.row;
  return items.filter((it) => it.row >= top && it.row <= bottom);
}

/**
 * Problems without those a rule explains: a section whose items add up to more than its written points because some
 * of them count once (管理理念 (10分) over 1 + 6 + 3 + 3 + 3, 后3项积分不累加).
 */
export function withoutExplained(problems: Problem[], items: Item[], rules: SheetRule[]): Problem[] {
  const once = rules.filter((r): r is Extract<SheetRule, { kind: "bestOnly" }> => r.kind === "bestOnly");
  if (once.length === 0) return problems;
  return problems.filter((p) => {
    if (p.code !== "group-points-mismatch" || !p.args) return true;
    const { group, points, sum } = p.args;
    return !once.some((rule) => {
      const counted = rule.items.map((i) => items[i]).filter((it): it is Item => it !== undefined && it.group === group);
      if (counted.length !== rule.items.length) return false;
      const all = counted.reduce((s, it) => addExact(s, it.points ?? 0), 0);
      const best = Math.max(...counted.map((it) => it.points ?? 0));
      return addExact(subExact(Number(sum), all), best) === Number(points);
    });
  });
}
