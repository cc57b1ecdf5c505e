import { normalizeRule } from "../text/normalize";
import type { Clause } from "../types";
import { isModifierOnly } from "./modifiers";
import { buildClause, read, readAlone, readWhole, roleOf, type Reading } from "./reading";
import type { PieceRole } from "./splitRules";
import { attachModifiers, type ParsedCriteria } from "./refiners/attachModifiers";
import { recognizeLevelRules } from "./recognizers/levels";
import { asOneRequirement, foldNotes } from "./refiners/foldNotes";
import { joinConditionSentences } from "./refiners/joinConditionSentences";
import { splitAtCommas, splitRules } from "./splitRules";
import { FROM_ZERO } from "./vocabulary";

export type { ParsedCriteria } from "./refiners/attachModifiers";

/**
 * Splits a 评分标准 text into clauses and reads each one's kind, amount, caps and exceptions: rules are split and
 * condition sentences joined to their amounts, each rule is read whole (levels, tiers, thresholds) or piece by piece
 * at its commas, and pieces that only limit attach to the clause they limit.
 */
export function parseCriteria(text: string): ParsedCriteria {
  const result: ParsedCriteria = { clauses: [] };
  const rules = splitRules(text);
  const levels = mayBeLevelLines(text, rules) ? recognizeLevelRules(rules.map(normalizeRule)) : null;
  if (levels) {
    // One level per line: the cell is one clause, the assessor picks a line.
    const amount = Math.max(...levels.map((l) => l.score));
    result.clauses.push({ index: 1, text: text.trim(), kind: "level", amount, levels });
    return result;
  }
  for (const rule of joinConditionSentences(text, rules)) {
    const previous = result.clauses[result.clauses.length - 1];
    if (previous && (rule[0] === "(" || rule[0] === "（") && REMARK.test(rule)) {
      // (实地查看), (1分): a remark on the rule before it, not a rule; (1个0.5分,共3分) is the rule of the text before it.
      const reading = previous.unread ? read(normalizeRule(rule)) : null;
      const joined = `${previous.text}${rule}`;
      if (reading?.rule) result.clauses[result.clauses.length - 1] = buildClause(joined, reading.rule, reading.mods);
      else previous.text = joined;
      continue;
    }
    const normalized = normalizeRule(rule);
    if (!hasComma(rule)) {
      addPiece(result, rule, readAlone(normalized), result.clauses.length);
      continue;
    }
    const whole = readWhole(normalized);
    if (whole) addPiece(result, rule, whole, result.clauses.length);
    else addCommaPieces(result, rule, normalized);
  }
  // Notes only ever stand as unread clauses: most cells have none and skip the refiners.
  if (result.clauses.length > 1 && result.clauses.some(isUnread)) result.clauses = asOneRequirement(text, foldNotes(text, result.clauses));
  for (let i = 0; i < result.clauses.length; i++) result.clauses[i].index = i + 1;
  if (text.includes("起") || text.includes("累") || text.includes("基础分")) markFromZero(text, result.clauses);
  return result;
}

/** 从0分起评, 得分累加: the awards of this text add up from 0 (scoring reads the flag, never the text). */
function markFromZero(text: string, clauses: Clause[]): void {
  if (!FROM_ZERO.test(normalizeRule(text))) return;
  for (const clause of clauses) if (clause.kind === "award") clause.fromZero = true;
}

function isUnread(clause: Clause): boolean {
  return clause.unread === true;
}

const REMARK = /^[(（][^()（）]*[)）]$/;

/** Cheap test before reading levels line by line: each line ends in 分, one of them 满分 or 不得分. */
function mayBeLevelLines(text: string, rules: string[]): boolean {
  if (rules.length < 2 || !(text.includes("满分") || text.includes("不得分") || text.includes("不计分"))) return false;
  return rules.every((r) => /分[。.．]?$/.test(r));
}

function hasComma(rule: string): boolean {
  return rule.includes("，") || rule.includes(",");
}

function addCommaPieces(result: ParsedCriteria, rule: string, normalized: string): void {
  // Normalising never adds or drops a comma here (checked by count), so the normalised rule's pieces line up and each
  // is read from its normalised token; readings are remembered, so building the clauses reads nothing twice.
  const tokens = normalized.split(",");
  const first = result.clauses.length;
  const pieces =
    tokens.length === countCommas(rule) + 1
      ? splitAtCommas(rule, (_piece, i) => roleOf(read(tokens[i])))
      : splitAtCommas(rule, roleOfPiece);
  for (const piece of pieces) addPiece(result, piece, read(piece === rule ? normalized : normalizeRule(piece)), first);
}

function roleOfPiece(piece: string): PieceRole {
  return roleOf(read(normalizeRule(piece)));
}

function countCommas(rule: string): number {
  let n = 0;
  for (let i = 0; i < rule.length; i++) {
    const c = rule.charCodeAt(i);
    if (c === 0x2c || c === 0xff0c) n++;
  }
  return n;
}

/** Adds one piece of a rule: a clause, or a modifier for a clause before it (`first`: this rule's first clause). */
function addPiece(result: ParsedCriteria, piece: string, reading: Reading, first: number): void {
  const { mods, rule: recognized } = reading;
  if (isModifierOnly(mods) && attachModifiers(result, mods, piece, first)) return;
  if (isModifierOnly(mods) && mods.bonusScope) {
    // 加分累计不超2分 with no bonus before it: a bonus the assessor sizes, within the cap.
    const bonus = buildClause(piece, null, mods);
    bonus.kind = "bonus";
    delete bonus.unread;
    result.clauses.push(bonus);
    return;
  }
  result.clauses.push(buildClause(piece, recognized, mods));
}

/** Splits one 评分标准 text into clauses, each with its kind and amounts. Never throws; never drops text. */
export function parseClauses(text: string): Clause[] {
  return parseCriteria(text).clauses;
}
