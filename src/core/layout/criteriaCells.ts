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
  const master = view.master(row, col);
  const key = master.row * 16384 + master.col;
  if (draft.criteriaMasters.includes(key)) return;
  if (view.isBlank(view.value(row, col))) return;
  draft.criteriaMasters.push(key);
  const cell = a1(master.row, master.col);
  draft.criteriaTexts.push(textWithoutPoints ?? String(view.value(row, col)));
  draft.item.criteriaCells.push(cell);
  const m = view.merge(row, col);
  if (m && m.bottom > m.top) shared.set(cell, (shared.get(cell) ?? 0) + 1);
}
