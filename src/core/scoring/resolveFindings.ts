import { listArg, type AmountReason } from "../problemMessages";
import { problem } from "../problems";
import { normalizeKey } from "../text/normalize";
import type { Clause, Finding, Item, Problem, ResolvedFinding, SheetModel } from "../types";
import { ItemIndex } from "./itemIndex";
import { bonusRoom } from "./rowRules";

/** Candidate lists in messages name at most this many; the rest are counted (…等 N 项). */
export const MAX_CANDIDATES = 20;

function candidates<T>(all: T[], entry: (x: T) => [string | number, string | number]): { candidates: string; more?: number } {
  const shown = listArg(all.slice(0, MAX_CANDIDATES).map(entry));
  return all.length > MAX_CANDIDATES ? { candidates: shown, more: all.length - MAX_CANDIDATES } : { candidates: shown };
}

function findClause(item: Item, ref: string | number): Clause[] {
  if (typeof ref === "number") return item.clauses.filter((c) => c.index === ref);
  const key = normalizeKey(ref);
  if (!key) return [];
  const exact = item.clauses.filter((c) => normalizeKey(c.text) === key);
  if (exact.length > 0) return exact;
  const found = item.clauses.filter((c) => normalizeKey(c.text).includes(key));
  // A level's label names its clause too (clause: "平指标").
  return found.length > 0 ? found : item.clauses.filter((c) => c.levels?.some((l) => normalizeKey(l.label).includes(key)));
}

/** The chosen level: by finding.level (label or score), or by the clause reference when it names a label. */
function chosenLevel(clause: Clause, finding: Finding): number | null {
  const levels = clause.levels ?? [];
  const byRef = (ref: string | number | undefined) => {
    if (typeof ref === "number") return levels.findIndex((l) => l.score === ref);
    const key = ref === undefined ? "" : normalizeKey(ref);
    if (!key) return -1;
    const exact = levels.findIndex((l) => normalizeKey(l.label) === key);
    if (exact >= 0) return exact;
    const partial = levels.flatMap((l, i) => (normalizeKey(l.label).includes(key) || key.includes(normalizeKey(l.label)) ? [i] : []));
    return partial.length === 1 ? partial[0] : -1;
  };
  const at = finding.level !== undefined ? byRef(finding.level) : typeof finding.clause === "string" ? byRef(finding.clause) : -1;
  return at >= 0 ? at : null;
}

/** Why an amount does not fit the clause, or null when it does. */
function amountProblem(clause: Clause, item: Item, finding: Finding): AmountReason | null {
  const { amount } = finding;
  if (amount !== undefined && (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0)) return { reason: "not-number" };
  if (clause.kind === "range") {
    const range = { min: String(clause.min), max: String(clause.max) };
    if (amount === undefined) return { reason: "range-needed", clause: clause.text, ...range };
    if (amount < (clause.min ?? 0) || amount > (clause.max ?? Infinity)) return { reason: "out-of-range", amount, ...range };
  }
  if (clause.kind === "manual") {
    if (amount === undefined) return { reason: "manual-needed", clause: clause.text };
    if (item.points !== null && amount > item.points) return { reason: "over-points", amount, points: item.points };
  }
  if (clause.kind === "bonus" && amount === undefined && clause.amount === null) return { reason: "bonus-needed", clause: clause.text };
  if (clause.kind === "bonus" && amount !== undefined && clause.max !== undefined && (amount < (clause.min ?? 0) || amount > clause.max)) {
    return { reason: "out-of-range", amount, min: String(clause.min ?? 0), max: String(clause.max) };
  }
  if (amount !== undefined && clause.amount !== null) {
    // An assessor's amount on a fixed or per clause overrides the text; it needs a reason.
    if (clause.kind === "deduct" || clause.kind === "per") {
      if (!finding.note?.trim()) return { reason: "override-note-needed", clause: clause.text, fixed: clause.amount };
      if (item.points !== null && amount > item.points) return { reason: "over-points", amount, points: item.points };
    } else if (clause.kind === "bonus") return { reason: "fixed", clause: clause.text, fixed: clause.amount };
  }
  if (clause.kind === "level" && chosenLevel(clause, finding) === null) {
    return { reason: "level-needed", clause: clause.text, levels: listArg((clause.levels ?? []).map((l) => [l.label, l.score])) };
  }
  return null;
}

// Clauses that apply at most once to a row: a second finding on one is a mistake, not two deductions.
const ONCE_ONLY = new Set<Clause["kind"]>(["deduct", "range", "manual", "zero", "veto", "award", "level"]);

function validCount(count: unknown, clause: Clause): boolean {
  const wholeCount = clause.unit !== "%" && !clause.unit?.endsWith("百分点");
  return typeof count === "number" && Number.isFinite(count) && count > 0 && (!wholeCount || Number.isInteger(count));
}

/** Matches each finding to one item and one clause (or a typed score for the row); a finding matching none or several is an error problem. */
export function resolveFindings(model: SheetModel, findings: Finding[]): { resolved: ResolvedFinding[]; problems: Problem[] } {
  const resolved: ResolvedFinding[] = [];
  const problems: Problem[] = [];
  const index = new ItemIndex(model.items);
  const seen = new Map<string, ResolvedFinding>();
  findings.forEach((finding, i) => {
    const at = i + 1;
    const items = index.find(finding.item);
    if (items.length !== 1) {
      const code = items.length === 0 ? "finding-item-unknown" : "finding-item-ambiguous";
      const list = candidates(items.length === 0 ? model.items : items, (it) => [it.name, it.row]);
      problems.push(problem("error", code, null, { finding: at, item: String(finding.item), ...list }));
      return;
    }
    const item = items[0];
    if (item.points === null) {
      problems.push(problem("error", "points-missing", item.pointsCell, { finding: at, item: item.name }));
      return;
    }
    if (finding.clause === undefined && finding.score !== undefined) {
      const typed = typedScore(item, finding, at);
      if ("code" in typed) problems.push(typed);
      else {
        const earlier = resolved.findIndex((f) => f.itemIndex === item.index && f.clauseIndex === 0);
        if (earlier >= 0) resolved.splice(earlier, 1);
        resolved.push(typed);
      }
      return;
    }
    const clauses = finding.clause === undefined ? [] : findClause(item, finding.clause);
    if (clauses.length !== 1) {
      const code = clauses.length === 0 ? "finding-clause-unknown" : "finding-clause-ambiguous";
      const list = candidates(clauses.length === 0 ? item.clauses : clauses, (c) => [c.index, c.text]);
      problems.push(
        problem("error", code, item.criteriaCells[0] ?? null, {
          finding: at,
          item: item.name,
          clause: String(finding.clause ?? ""),
          ...list,
        }),
      );
      return;
    }
    const clause = clauses[0];
    const count = finding.count ?? 1;
    if (!validCount(count, clause)) {
      const expected = clause.unit === "%" || clause.unit?.endsWith("百分点") ? "positive" : "whole";
      problems.push(problem("error", "finding-count-invalid", null, { finding: at, item: item.name, expected }));
      return;
    }
    const wrongAmount = amountProblem(clause, item, finding);
    if (wrongAmount) {
      problems.push(problem("error", "finding-amount-invalid", null, { finding: at, item: item.name, ...wrongAmount }));
      return;
    }
    const key = `${item.index}:${clause.index}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (ONCE_ONLY.has(clause.kind) || earlier.amount !== undefined || finding.amount !== undefined) {
        problems.push(problem("warning", "finding-duplicate", item.criteriaCells[0] ?? null, { finding: at, clause: clause.text }));
        return;
      }
      earlier.count += count;
      if (finding.note) earlier.note = [earlier.note, finding.note].filter(Boolean).join("；");
      return;
    }
    const entry: ResolvedFinding = { itemIndex: item.index, clauseIndex: clause.index, count };
    if (finding.amount !== undefined) entry.amount = finding.amount;
    if (finding.note) entry.note = finding.note;
    if (clause.kind === "level") entry.level = chosenLevel(clause, finding) ?? 0;
    seen.set(key, entry);
    resolved.push(entry);
  });
  return { resolved, problems };
}

/** A score typed for the whole row: a number within [0, points + the row's bonus room], with its reason. */
function typedScore(item: Item, finding: Finding, at: number): ResolvedFinding | Problem {
  const score = finding.score;
  const max = (item.points ?? 0) + bonusRoom(item);
  if (typeof score !== "number" || !Number.isFinite(score)) {
    return problem("error", "finding-amount-invalid", null, { finding: at, item: item.name, reason: "not-number" });
  }
  if (score < 0 || score > max) {
    return problem("error", "finding-amount-invalid", null, { finding: at, item: item.name, reason: "score-out-of-range", score, max });
  }
  const entry: ResolvedFinding = { itemIndex: item.index, clauseIndex: 0, count: 1, score };
  if (finding.note) entry.note = finding.note;
  return entry;
}
