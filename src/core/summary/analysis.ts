import { fromMilli, toMilli } from "../exact";
import type { ScoredUnit } from "./types";

export interface ItemLoss {
  item: string;
  points: number | null;
  /** Points lost on this item over all units (bonus not counted back). */
  lost: number;
  /** Units that lost points on the item. */
  unitsLost: number;
  /** Units that have the item. */
  units: number;
  /** Σ score ÷ Σ points (without bonus), four decimals; null when no points. */
  scoreRate: number | null;
}

export interface ClauseLoss {
  item: string;
  clause: string;
  /** Units the clause was applied to. */
  units: number;
  /** Occurrences counted (a per-occurrence clause applied 3 times counts 3). */
  occurrences: number;
  lost: number;
}

export interface LossAnalysis {
  items: ItemLoss[];
  /** Clauses that cost points, most points lost first. */
  clauses: ClauseLoss[];
  /**
   * Units under 一票否决 whose item scores were all zeroed by the veto: left out of the item figures (they lost
   * nothing item by item); their findings still count for the clauses.
   */
  vetoed: string[];
}

/** 失分分析: where the units lost points, per item and per clause. */
export function analyzeLosses(units: ScoredUnit[]): LossAnalysis {
  const items = new Map<string, { points: number | null; lost: number; unitsLost: number; units: number; score: number; max: number }>();
  const clauses = new Map<string, ClauseLoss & { lostMilli: number; seen: Set<string> }>();
  for (const unit of units) {
    if (!unit.vetoed) {
      for (const it of unit.items) {
        const entry = items.get(it.name) ?? { points: it.points, lost: 0, unitsLost: 0, units: 0, score: 0, max: 0 };
        items.set(it.name, entry);
        entry.units++;
        if (it.points === null || it.score === null) continue;
        const lost = toMilli(it.points) - (toMilli(it.score) - toMilli(it.bonus));
        entry.lost += Math.max(0, lost);
        if (lost > 0) entry.unitsLost++;
        entry.score += toMilli(it.score) - toMilli(it.bonus);
        entry.max += toMilli(it.points);
      }
    }
    for (const f of unit.findings) {
      if (f.effect >= 0) continue;
      const key = `${f.item}\u0000${f.clause}`;
      const entry = clauses.get(key) ?? {
        item: f.item,
        clause: f.clause,
        units: 0,
        occurrences: 0,
        lost: 0,
        lostMilli: 0,
        seen: new Set(),
      };
      clauses.set(key, entry);
      if (!entry.seen.has(unit.source)) entry.units++;
      entry.seen.add(unit.source);
      entry.occurrences += f.count;
      entry.lostMilli -= toMilli(f.effect);
    }
  }
  return {
    items: [...items].map(([item, e]) => ({
      item,
      points: e.points,
      lost: fromMilli(e.lost),
      unitsLost: e.unitsLost,
      units: e.units,
      scoreRate: e.max > 0 ? Math.round((e.score / e.max) * 10000) / 10000 : null,
    })),
    clauses: [...clauses.values()]
      .map(({ item, clause, units: n, occurrences, lostMilli }) => ({ item, clause, units: n, occurrences, lost: fromMilli(lostMilli) }))
      .sort((a, b) => b.lost - a.lost || b.units - a.units),
    vetoed: units.filter((u) => u.vetoed).map((u) => u.unit),
  };
}
