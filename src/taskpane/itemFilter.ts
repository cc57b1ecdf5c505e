// Which items the list shows: a name search and the 有扣分 / 未核查 / 有问题 filters, over the scan and the ticks.
import { parseA1, type Item, type ItemScore, type Problem, rowInputOf, type ClauseInputs } from "../core";

export type ItemFilterKind = "deducted" | "unchecked" | "problems";

export interface ItemQuery {
  text: string;
  filters: ReadonlySet<ItemFilterKind>;
}

export const NO_QUERY: ItemQuery = { text: "", filters: new Set() };

/** Search text as people type it: case, spaces and full-width forms do not matter. */
function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** The rows (1-based) that have a problem pointing into them. */
export function problemRows(problems: Problem[]): Set<number> {
  const rows = new Set<number>();
  for (const p of problems) {
    const at = p.cell ? parseA1(p.cell.split(":")[0]) : null;
    if (at) rows.add(at.row);
  }
  return rows;
}

function hasProblem(item: Item, rows: Set<number>): boolean {
  for (let r = item.row; r <= item.lastRow; r++) if (rows.has(r)) return true;
  return false;
}

/** An item counts as checked once it is marked 已核查 or anything was ticked for it. */
function isChecked(item: Item, inputs: ClauseInputs, applied: boolean): boolean {
  return applied || rowInputOf(inputs, item).count > 0;
}

export interface ItemFacts {
  scores: ReadonlyMap<number, ItemScore>;
  /** Item indexes with an applied finding. */
  appliedItems: ReadonlySet<number>;
  inputs: ClauseInputs;
  problemRows: Set<number>;
}

export function matchesQuery(item: Item, query: ItemQuery, facts: ItemFacts): boolean {
  const text = fold(query.text);
  if (text && ![item.name, item.no ?? "", item.group ?? ""].some((t) => fold(t).includes(text))) return false;
  if (query.filters.has("deducted") && !((facts.scores.get(item.row)?.deducted ?? 0) > 0)) return false;
  if (query.filters.has("unchecked") && isChecked(item, facts.inputs, facts.appliedItems.has(item.index))) return false;
  if (query.filters.has("problems") && !hasProblem(item, facts.problemRows)) return false;
  return true;
}
