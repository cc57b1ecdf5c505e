import { fromMilli, toMilli } from "../exact";
import type { AssessmentSettings, CombineMethod, WeightedPart } from "../settings/settings";
import type { ScoredUnit, UnitItemScore } from "./types";
import { unitTotal } from "./unitTotal";

export interface Combined {
  value: number;
  /** A trimmed mean over fewer than 3 values falls back to the plain mean. */
  method: CombineMethod;
  /** Values left out by the trimmed mean: the highest and the lowest. */
  dropped: number[];
}

/** Mean, or mean without one highest and one lowest value; exact to 0.001 (the mean is rounded there). */
export function combineValues(values: number[], method: CombineMethod): Combined {
  const milli = values.map(toMilli).sort((a, b) => a - b);
  if (milli.length === 0) return { value: 0, method, dropped: [] };
  const trim = method === "trimmedMean" && milli.length >= 3;
  const kept = trim ? milli.slice(1, -1) : milli;
  const sum = kept.reduce((s, v) => s + v, 0);
  return {
    value: fromMilli(Math.round(sum / kept.length)),
    method: trim ? "trimmedMean" : "mean",
    dropped: trim ? [fromMilli(milli[0]), fromMilli(milli[milli.length - 1])] : [],
  };
}

export interface AssessorTotal {
  assessor: string;
  source: string;
  total: number;
}

export interface CombinedItem {
  name: string;
  points: number | null;
  /** One per assessor, in the order of CombinedPart.assessors. */
  scores: (number | null)[];
  combined: number | null;
}

export interface CombinedPart {
  /** The part (考核组, 平时考核), null when the settings have no parts. */
  part: string | null;
  weight: number | null;
  assessors: AssessorTotal[];
  items: CombinedItem[];
  total: Combined;
}

export interface CombinedUnit {
  unit: string;
  parts: CombinedPart[];
  /** Parts the settings weigh that no file gave for this unit (counted as 0). */
  missingParts: string[];
  /** Scorings that fall in no part (their path names none): left out of the weighted total. */
  unassigned: string[];
  total: number;
  /** The unit as the summary takes it: combined item scores, total fixed. */
  scored: ScoredUnit;
}

function combineItems(units: ScoredUnit[], method: CombineMethod): CombinedItem[] {
  const names: UnitItemScore[] = [];
  for (const u of units) for (const it of u.items) if (!names.some((n) => n.name === it.name)) names.push(it);
  return names.map(({ name, points }) => {
    const scores = units.map((u) => u.items.find((it) => it.name === name)?.score ?? null);
    const present = scores.filter((s): s is number => s !== null);
    return { name, points, scores, combined: present.length > 0 ? combineValues(present, method).value : null };
  });
}

/** Several assessors' scorings of one unit (one part) combined by the settings' method: per item and for the total. */
export function combineAssessors(units: ScoredUnit[], settings: AssessmentSettings, part: WeightedPart | null = null): CombinedPart {
  const method = settings.combine.method;
  // Files scored on one machine all carry its user as 评分人: then the file tells the assessors apart.
  const named = units.map((u, i) => u.assessor ?? `评分人${i + 1}`);
  const distinct = new Set(named).size === named.length;
  const assessors = units.map((u, i) => ({
    assessor: distinct ? named[i] : u.source,
    source: u.source,
    total: unitTotal(u, settings.bonusCap).total,
  }));
  return {
    part: part?.name ?? null,
    weight: part?.weight ?? null,
    assessors,
    items: combineItems(units, method),
    total: combineValues(
      assessors.map((a) => a.total),
      method,
    ),
  };
}

/** The part a source belongs to: the first whose name or one of its match texts occurs in the path. */
export function partOf(source: string, parts: WeightedPart[]): WeightedPart | null {
  return parts.find((p) => [p.name, ...(p.match ?? [])].some((m) => source.includes(m))) ?? null;
}

/**
 * Groups scorings by unit (and by part when the settings weigh parts), combines the assessors of each, and weighs
 * the parts: 考核组 60% + 平时考核 40%. Units keep the order they were first seen in.
 */
export function combineUnits(scorings: ScoredUnit[], settings: AssessmentSettings): CombinedUnit[] {
  const byUnit = new Map<string, ScoredUnit[]>();
  for (const s of scorings) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
  return [...byUnit].map(([unit, list]) => {
    const weighted = settings.parts.length > 0;
    const groups = weighted
      ? settings.parts.map((p) => ({ part: p, units: list.filter((u) => partOf(u.source, settings.parts)?.name === p.name) }))
      : [{ part: null, units: list }];
    const parts = groups.filter((g) => g.units.length > 0).map((g) => combineAssessors(g.units, settings, g.part));
    const missingParts = groups.filter((g) => g.part && g.units.length === 0).map((g) => g.part?.name ?? "");
    const total = weighted
      ? fromMilli(Math.round(parts.reduce((s, p) => s + toMilli(p.total.value) * (p.weight ?? 0), 0)))
      : (parts[0]?.total.value ?? 0);
    const main = parts[0];
    const scored: ScoredUnit = {
      unit,
      source: list.map((u) => u.source).join("、"),
      assessor: main ? main.assessors.map((a) => a.assessor).join("、") : null,
      class: list[0].class,
      items: (main?.items ?? []).map((it) => ({ name: it.name, points: it.points, score: it.combined, bonus: 0, selfScore: null })),
      vetoed: list.some((u) => u.vetoed),
      findings: list.flatMap((u) => u.findings),
      fixedTotal: total,
    };
    const self = list[0].items;
    scored.items.forEach((it) => (it.selfScore = self.find((s) => s.name === it.name)?.selfScore ?? null));
    const unassigned = weighted ? list.filter((u) => partOf(u.source, settings.parts) === null).map((u) => u.source) : [];
    return { unit, parts, missingParts, unassigned, total, scored };
  });
}
