import { normalizeRule } from "../text/normalize";
import type { Clause } from "../types";
import { isModifierOnly, readModifiers, type Modifiers } from "./modifiers";
import { RECOGNIZERS, type Recognized } from "./recognizers";
import { recognizeTiers } from "./recognizers/tiers";
import { splitAtCommas, splitRules, type PieceRole } from "./splitRules";

export interface ParsedCriteria {
  clauses: Clause[];
  /** A cap on the whole row's deduction stated in the text (本项最多扣5分). */
  rowCap?: number;
}

function recognize(rest: string): Recognized | null {
  for (const recognizer of RECOGNIZERS) {
    const found = recognizer(rest);
    if (found) return found;
  }
  return null;
}

interface Reading {
  mods: Modifiers;
  rule: Recognized | null;
}

function read(normalized: string): Reading {
  const mods = readModifiers(normalized);
  return { mods, rule: recognize(mods.rest) };
}

function roleOf(reading: Reading): PieceRole {
  const kind = reading.rule?.kind;
  if (kind === "award") return "award";
  if (kind !== undefined && kind !== "manual") return "amount";
  return reading.mods.cap !== undefined && !reading.mods.except && isModifierOnly(reading.mods) ? "cap" : "text";
}

function bearsAmount(clause: Clause): boolean {
  return clause.kind !== "manual" && clause.kind !== "award";
}

function buildClause(text: string, rule: Recognized | null, mods: Modifiers): Clause {
  const clause: Clause = { index: 0, text, kind: rule?.kind ?? "manual", amount: rule?.amount ?? null };
  if (!rule) clause.unread = true;
  if (rule?.min !== undefined) clause.min = rule.min;
  if (rule?.max !== undefined) clause.max = rule.max;
  if (rule?.unit) clause.unit = rule.unit;
  if (rule?.tiers) clause.tiers = rule.tiers;
  applyModifiers(clause, mods);
  return clause;
}

function applyModifiers(clause: Clause, mods: Modifiers): void {
  if (mods.cap !== undefined) clause.cap = mods.cap;
  if (mods.maxCount !== undefined) clause.maxCount = mods.maxCount;
  if (mods.untilExhausted) clause.untilExhausted = true;
  if (mods.except) clause.except = [...(clause.except ?? []), ...mods.except];
}

/** Splits a 评分标准 text into clauses and reads each one's kind, amount, caps and exceptions. */
export function parseCriteria(text: string): ParsedCriteria {
  const result: ParsedCriteria = { clauses: [] };
  for (const rule of splitRules(text)) {
    const normalized = normalizeRule(rule);
    // Most rules hold no comma: one reading, one clause. Tiers (一次扣3分,两次扣5分) stay one clause too.
    if (!hasComma(rule) || recognizeTiers(normalized) !== null) addPiece(result, rule, read(normalized), result.clauses.length);
    else addCommaPieces(result, rule, normalized);
  }
  for (let i = 0; i < result.clauses.length; i++) result.clauses[i].index = i + 1;
  return result;
}

function hasComma(rule: string): boolean {
  return rule.includes("，") || rule.includes(",");
}

function addCommaPieces(result: ParsedCriteria, rule: string, normalized: string): void {
  // Each piece is normalised and read once: to decide where one deduction ends, then to build its clause.
  // Normalising never adds or drops a comma here (checked by count), so the normalised rule's pieces line up.
  const tokens = normalized.split(",");
  const aligned = tokens.length === countCommas(rule) + 1;
  const readings = new Map<string, Reading>();
  const readOnce = (piece: string, normalizedPiece?: string) => {
    let reading = readings.get(piece);
    if (!reading) readings.set(piece, (reading = read(normalizedPiece ?? (piece === rule ? normalized : normalizeRule(piece)))));
    return reading;
  };
  const first = result.clauses.length;
  const pieces = splitAtCommas(rule, (piece, i) => roleOf(readOnce(piece, aligned ? tokens[i] : undefined)));
  for (const piece of pieces) addPiece(result, piece, readOnce(piece), first);
}

function countCommas(rule: string): number {
  let n = 0;
  for (let i = 0; i < rule.length; i++) {
    const c = rule.charCodeAt(i);
    if (c === 0x2c || c === 0xff0c) n++;
  }
  return n;
}

/** Adds one piece of a rule: a clause, or a modifier for the clause before it (`first`: this rule's first clause). */
function addPiece(result: ParsedCriteria, piece: string, reading: Reading, first: number): void {
  const { mods, rule: recognized } = reading;
  if (isModifierOnly(mods)) {
    // Several deductions in this rule before it: a cap on them together, i.e. on the row.
    const several = result.clauses.slice(first).filter(bearsAmount).length > 1;
    attachModifiers(result, result.clauses[result.clauses.length - 1], mods, piece, several);
    return;
  }
  result.clauses.push(buildClause(piece, recognized, mods));
}

// A rule that only limits ("扣完为止", "最多扣3分", "(嵯岗除外)") belongs to the clause before it, or to the row.
function attachModifiers(result: ParsedCriteria, previous: Clause | undefined, mods: Modifiers, text: string, several: boolean): void {
  const clauseScoped = previous && !mods.rowScope && (mods.except || (!several && (previous.kind === "per" || previous.kind === "bonus")));
  if (clauseScoped && previous) {
    applyModifiers(previous, mods);
    previous.text = `${previous.text}；${text}`;
    return;
  }
  if (mods.cap !== undefined) result.rowCap = mods.cap;
  if (mods.except && previous) applyModifiers(previous, mods);
}

/** Splits one 评分标准 text into clauses, each with its kind and amounts. Never throws; never drops text. */
export function parseClauses(text: string): Clause[] {
  return parseCriteria(text).clauses;
}
