import { normalizeKey } from "../text/normalize";
import type { Clause, Item } from "../types";
import type { Rubric, RubricClause, RubricItem } from "./rubric";

function sameText(a: string, b: string): boolean {
  const x = normalizeKey(a).replace(/[,;。、()“”"]/g, "");
  const y = normalizeKey(b).replace(/[,;。、()“”"]/g, "");
  return x === y || (x.length >= 4 && y.includes(x)) || (y.length >= 4 && x.includes(y));
}

export function findRubricItem(rubric: Rubric, name: string): RubricItem | undefined {
  const key = normalizeKey(name);
  return (
    rubric.items.find((it) => [it.name, ...(it.aliases ?? [])].some((n) => normalizeKey(n) === key)) ??
    rubric.items.find((it) => [it.name, ...(it.aliases ?? [])].some((n) => sameText(n, name)))
  );
}

function enrichClause(clause: Clause, source: RubricClause): void {
  if (clause.maxCount === undefined && source.maxCount !== undefined) clause.maxCount = source.maxCount;
  if (clause.cap === undefined && source.cap !== undefined) clause.cap = source.cap;
  if (!clause.except && source.except) clause.except = [...source.except];
  if (!clause.unit && source.unit) clause.unit = source.unit;
  if (!clause.tiers && source.tiers) clause.tiers = source.tiers.map((t) => ({ ...t }));
  if (clause.unread) {
    clause.kind = source.kind;
    clause.amount = source.amount ?? null;
    if (source.min !== undefined) clause.min = source.min;
    if (source.max !== undefined) clause.max = source.max;
    delete clause.unread;
  }
}

/** Adds what the rubric knows and the sheet's text does not say; the sheet's own words and amounts win. */
export function enrichFromRubric(items: Item[], rubric: Rubric): void {
  for (const item of items) {
    const source = findRubricItem(rubric, item.name);
    if (!source) continue;
    if (item.points === null) item.points = source.points;
    for (const clause of item.clauses) {
      const match = source.clauses.find((c) => sameText(c.text, clause.text));
      if (match) enrichClause(clause, match);
    }
  }
}
