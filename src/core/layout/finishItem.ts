import { parseCriteria } from "../clauses/parseCriteria";
import { problem } from "../problems";
import type { Item, Problem } from "../types";
import type { Draft } from "./readTable";

const POINTLESS_KINDS = new Set(["bonus", "veto", "award"]);
// What the scorer writes into 备注 (扣分说明: "…（扣2分）", "已扣满 5 分") is no rule to read back.
const WRITTEN_BY_SCORING = /[（(][扣加][\d.]+分|已扣满/;

/** The item with its clauses parsed, numbered, and its points checked against them. */
/** How a 备注 cell adds to the row's rules: its bonus clauses, or (in a table without a rule column) all its rules. */
export type NoteUse = "none" | "bonus" | "rules";

export function finishItem(draft: Draft, index: number, problems: Problem[], noteUse: NoteUse): Item {
  const { item } = draft;
  item.index = index;
  for (const text of draft.criteriaTexts) {
    const parsed = parseCriteria(text);
    // The usual single rule cell: one copy of its list, not a growing one.
    if (item.clauses.length === 0) item.clauses = parsed.clauses.slice();
    else item.clauses.push(...parsed.clauses);
    if (parsed.rowCap !== undefined) item.cap = parsed.rowCap;
  }
  for (const text of draft.extraRuleTexts) {
    if (RULE.test(text) || /不计分|不得分/.test(text)) item.clauses.push(...parseCriteria(text).clauses.filter((c) => !c.unread));
  }
  if (noteUse !== "none") item.clauses.push(...rulesInNote(item, noteUse));
  for (let i = 0; i < item.clauses.length; i++) item.clauses[i].index = i + 1;
  // 加分项 and 一票否决 rows often leave 分值 blank: they hold no points of their own.
  if (item.points === null && !draft.pointsInvalid && item.clauses.length > 0 && item.clauses.every((c) => POINTLESS_KINDS.has(c.kind))) {
    item.points = 0;
  }
  if (item.points === 0 && item.pointsCell !== null && item.clauses.some((c) => !POINTLESS_KINDS.has(c.kind))) {
    const cell = item.pointsCell;
    problems.push(problem("error", "points-invalid", cell, { cell, value: "0", reason: "zero-with-rules" }));
    item.points = null;
  }
  return item;
}

const RULE = /扣|不得分|[得计加奖减]\s*[\d.一二两三四五六七八九十半]+\s*分/;

// A 备注 cell that states a bonus (加分累计不超2分, 每超额完成一例…奖一分) adds it to the row's rules; in a
// checklist without a rule column, its deductions (未拖地扣10分) are the row's rules.
function rulesInNote(item: Item, use: NoteUse) {
  const note = item.existingNote;
  if (typeof note !== "string" || WRITTEN_BY_SCORING.test(note)) return [];
  if (use === "bonus") return /[加奖]/.test(note) ? parseCriteria(note).clauses.filter((c) => c.kind === "bonus") : [];
  return RULE.test(note) ? parseCriteria(note).clauses : [];
}
