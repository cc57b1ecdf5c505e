import { a1 } from "../a1";
import type { Draft } from "./readTable";
import type { GridView } from "./gridView";

const BARE_AMOUNT = /^(\d+(?:[.。]\d+)?)\s*分?\s*(?:\/\s*(项|次|处|个|人|份|例))?$/;

/** A rule cell holding only an amount ("1", "0。5/项"): a function that joins it to its condition, else null. */
export function bareAmountRule(value: unknown): ((condition: string) => string) | null {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? (c) => `${c}，扣${value}分` : null;
  if (typeof value !== "string") return null;
  const m = BARE_AMOUNT.exec(value.trim());
  if (!m) return null;
  const amount = m[1].replace("。", ".");
  return m[2] ? (c) => `${c}，每${m[2]}扣${amount}分` : (c) => `${c}，扣${amount}分`;
}

export function collectCriteria(
  view: GridView,
  row: number,
  col: number | undefined,
  draft: Draft,
  shared: Map<string, number>,
  textWithoutPoints: string | undefined,
): void {
  if (col === undefined) return;
  const masterRow = view.masterRow(row, col);
  const masterCol = view.masterCol(row, col);
  const key = masterRow * 16384 + masterCol;
  if (draft.criteriaMasters.includes(key)) return;
  const value = view.value(row, col);
  if (view.isBlank(value)) return;
  const cell = a1(masterRow, masterCol);
  const text = textWithoutPoints ?? String(value);
  // Most items have one rule cell: a list made with it holds one slot, where a push would make room for many.
  if (draft.criteriaMasters.length === 0) {
    draft.criteriaMasters = [key];
    draft.criteriaTexts = [text];
  } else {
    draft.criteriaMasters.push(key);
    draft.criteriaTexts.push(text);
  }
  if (draft.item.criteriaCells.length === 0) draft.item.criteriaCells = [cell];
  else draft.item.criteriaCells.push(cell);
  const m = view.merge(row, col);
  if (m && m.bottom > m.top) shared.set(cell, (shared.get(cell) ?? 0) + 1);
}
