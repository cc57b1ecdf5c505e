import type { Clause } from "../../types";
import { AWARD_VERB, COUNT_UNITS, NUM } from "../vocabulary";
import type { Recognizer } from "./recognized";

type Level = NonNullable<Clause["levels"]>[number];

const UNITS = new Set<string>(COUNT_UNITS);

// One level: 无事故得10分, 平指标得5分, 超指标不得分, 有方案无记录,得1分, 符合要求,得满分.
const LEVEL = new RegExp(`^(.+?)(?:的|,)?(?:${AWARD_VERB}${NUM}分|${AWARD_VERB}(满分)|(不得分|不计分|得0分))$`);

function readLevel(piece: string): Level | null {
  const m = LEVEL.exec(piece);
  if (!m) return null;
  if (m[3]) return { label: m[1], score: 0, full: true };
  return { label: m[1], score: m[4] ? 0 : Number(m[2]) };
}

/** Levels when every piece reads as one and they differ (one at least earns points); null otherwise. */
export function readLevels(pieces: string[]): Level[] | null {
  if (pieces.length < 2) return null;
  const levels: Level[] = [];
  for (const piece of pieces) {
    const level = readLevel(piece);
    if (!level) return null;
    levels.push(level);
  }
  const scores = levels.map((l) => (l.full ? Infinity : l.score));
  if (!scores.some((s) => s > 0) || new Set(scores).size !== scores.length) return null;
  return levels;
}

function best(levels: Level[]): number {
  return Math.max(...levels.map((l) => l.score));
}

// 无事故得10分,平指标得5分,超指标不得分; 村民自治村计2分,合格村计1分: one level applies, the assessor picks it.
export const recognizeLevels: Recognizer = (rule) => {
  if (rule.includes("扣") || !rule.includes(",")) return null;
  const levels = readLevels(rule.replace(/[。.]$/, "").split(","));
  return levels ? { kind: "level", amount: best(levels), levels, start: 0, end: rule.length } : null;
};

// 團結協作、核心作用強 20分(好20分,較好15分,一般10分,差0分): levels listed in brackets, each a label and its score.
const BRACKET = /\(((?:[^(),;\d]{1,8}\d+(?:\.\d+)?分,)+[^(),;\d]{1,8}\d+(?:\.\d+)?分)\)/;
const BRACKET_LEVEL = /^(.+?)(\d+(?:\.\d+)?)分$/;

export const recognizeBracketLevels: Recognizer = (rule) => {
  const m = rule.includes("(") && !rule.includes("扣") ? BRACKET.exec(rule) : null;
  if (!m) return null;
  const levels = m[1].split(",").map((piece) => {
    const level = BRACKET_LEVEL.exec(piece);
    return { label: level?.[1] ?? piece, score: Number(level?.[2] ?? 0) };
  });
  // A label names a grade (好, 较好, 一般): not a counting word (次1分) nor a total (共3分).
  const grade = (label: string) => /[\u4e00-\u9fff]/.test(label) && !UNITS.has(label) && !/每|共|合计|总/.test(label);
  if (!levels.every((l) => grade(l.label)) || new Set(levels.map((l) => l.score)).size !== levels.length) return null;
  return { kind: "level", amount: best(levels), levels, start: m.index, end: m.index + m[0].length };
};

/** Levels written one per line or sentence (符合要求,得满分⏎…≥90%,得2分⏎…,不得分): each normalised rule is one level. */
export function recognizeLevelRules(rules: string[]): Level[] | null {
  if (rules.some((r) => r.includes("扣"))) return null;
  const levels = readLevels(rules.map((r) => r.replace(/[。.]$/, "")));
  // Sentences that each earn points may add up (…计2分。…计2分): only a 得满分 or 不得分 line makes them a choice.
  return levels && levels.some((l) => l.full || l.score === 0) ? levels : null;
}
