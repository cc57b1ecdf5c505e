import { normalizeRule } from "../text/normalize";
import { RecentResults } from "../text/recentResults";
import type { Clause } from "../types";
import { isModifierOnly, readModifiers, type Modifiers } from "./modifiers";
import { RECOGNIZERS, WHOLE_RULE, recognizeBareAmount, type Recognized, type Recognizer } from "./recognizers";
import type { PieceRole } from "./splitRules";

/** One rule (or comma piece) read: its modifiers and the first recogniser's result on what is left. */
export interface Reading {
  mods: Modifiers;
  rule: Recognized | null;
}

function firstOf(recognizers: readonly Recognizer[], rest: string): Recognized | null {
  for (const recognizer of recognizers) {
    const found = recognizer(rest);
    if (found) return found;
  }
  return null;
}

/** Enough for every rule of a large sheet, so re-reading it (each edit in the pane, each unit's copy) finds them all. */
const READINGS_KEPT = 8192;
// Readings are shared between calls with the same text: nothing may change a Reading, its modifiers or its rule.
const readings = new RecentResults<Reading>(READINGS_KEPT);

/** Reads a normalised rule with every recogniser. */
export function read(normalized: string): Reading {
  const known = readings.get(normalized);
  if (known) return known;
  const mods = readModifiers(normalized);
  return readings.set(normalized, { mods, rule: firstOf(RECOGNIZERS, mods.rest) });
}

/** Reads a rule that stands alone (no comma): a bare amount (2, 0.5/项) counts there, never inside a longer rule. */
export function readAlone(normalized: string): Reading {
  const reading = read(normalized);
  return reading.rule ? reading : { mods: reading.mods, rule: recognizeBareAmount(reading.mods.rest) };
}

/** Reads a normalised rule that spans its commas as one clause (levels, thresholds, tiers); null when it does not. */
export function readWhole(normalized: string): Reading | null {
  // Levels earn points (得, 计, 给); tiers name two amounts (扣…扣, 扣…不得分). Most rules are neither.
  const deduct = normalized.indexOf("扣");
  const tiers = deduct >= 0 && (normalized.indexOf("扣", deduct + 1) >= 0 || normalized.includes("不得分"));
  if (!tiers && !/[得计给]/.test(normalized)) return null;
  const mods = readModifiers(normalized);
  const rule = firstOf(WHOLE_RULE, mods.rest);
  return rule ? { mods, rule } : null;
}

/** Reads a rule as written (normalising it first). */
export function readRaw(rule: string): Reading {
  return read(normalizeRule(rule));
}

export function roleOf(reading: Reading): PieceRole {
  const kind = reading.rule?.kind;
  if (kind === "award" || kind === "level") return "award";
  // 酌情扣分 bears an amount too (the assessor's): it ends a clause like 扣2分 does.
  if (kind !== undefined) return "amount";
  if (isModifierOnly(reading.mods)) return reading.mods.cap !== undefined && !reading.mods.except ? "cap" : "modifier";
  return "text";
}

/** True when a reading found neither an amount nor a modifier: a condition still looking for its amount. */
export function isBareCondition(reading: Reading): boolean {
  const { mods } = reading;
  return reading.rule === null && mods.cap === undefined && mods.maxCount === undefined && !mods.untilExhausted && !mods.except;
}

export function buildClause(text: string, rule: Recognized | null, mods: Modifiers): Clause {
  const clause: Clause = { index: 0, text, kind: rule?.kind ?? "manual", amount: rule?.amount ?? null };
  if (!rule) clause.unread = true;
  if (rule?.min !== undefined) clause.min = rule.min;
  if (rule?.max !== undefined) clause.max = rule.max;
  if (rule?.unit) clause.unit = rule.unit;
  // Copies: readings are shared, clauses are the caller's.
  if (rule?.tiers) clause.tiers = rule.tiers.map((t) => ({ ...t }));
  if (rule?.levels) clause.levels = rule.levels.map((l) => ({ ...l }));
  if (rule?.step !== undefined) clause.step = rule.step;
  if (rule?.each) clause.each = true;
  applyModifiers(clause, mods);
  return clause;
}

export function applyModifiers(clause: Clause, mods: Modifiers): void {
  if (mods.cap !== undefined) clause.cap = mods.cap;
  if (mods.maxCount !== undefined) clause.maxCount = mods.maxCount;
  if (mods.untilExhausted) clause.untilExhausted = true;
  if (mods.except) clause.except = [...(clause.except ?? []), ...mods.except];
}
