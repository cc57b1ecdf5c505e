import { listArg, type AmountReason } from "../problemMessages";
import { problem } from "../problems";
import { normalizeKey } from "../text/normalize";
import type { Clause, Finding, Item, Problem, ResolvedFinding, SheetModel } from "../types";

/** Looks items up by sheet row or by name; built once per call so many findings stay linear. */
class ItemIndex {
  private readonly byRow = new Map<number, Item>();
  private readonly byName = new Map<string, Item[]>();
  private readonly keys: string[];

  constructor(private readonly items: Item[]) {
    for (const item of items) for (let row = item.row; row <= item.lastRow; row++) this.byRow.set(row, item);
    this.keys = items.map((it) => normalizeKey(it.name));
    items.forEach((item, i) => this.byName.set(this.keys[i], [...(this.byName.get(this.keys[i]) ?? []), item]));
  }

  find(ref: string | number): Item[] {
    if (typeof ref === "number") {
      const item = this.byRow.get(ref);
      return item ? [item] : [];
    }
    const key = normalizeKey(ref);
    if (!key) return [];
    return this.byName.get(key) ?? this.items.filter((_, i) => this.keys[i].includes(key));
  }
}

function findClause(item: Item, ref: string | number): Clause[] {
  if (typeof ref === "number") return item.clauses.filter((c) => c.index === ref);
  const key = normalizeKey(ref);
  if (!key) return [];
  const exact = item.clauses.filter((c) => normalizeKey(c.text) === key);
  return exact.length > 0 ? exact : item.clauses.filter((c) => normalizeKey(c.text).includes(key));
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
  if (amount !== undefined && clause.amount !== null && (clause.kind === "deduct" || clause.kind === "per" || clause.kind === "bonus")) {
    return { reason: "fixed", clause: clause.text, fixed: clause.amount };
  }
  return null;
}

// Clauses that apply at most once to a row: a second finding on one is a mistake, not two deductions.
const ONCE_ONLY = new Set<Clause["kind"]>(["deduct", "range", "manual", "zero", "veto", "award"]);

/** Matches each finding to one item and one clause; a finding matching none or several is an error problem. */
export function resolveFindings(model: SheetModel, findings: Finding[]): { resolved: ResolvedFinding[]; problems: Problem[] } {
  const resolved: ResolvedFinding[] = [];
  const problems: Problem[] = [];
  const index = new ItemIndex(model.items);
  const seen = new Map<string, ResolvedFinding>();
  findings.forEach((finding, i) => {
    const at = i + 1;
    const items = index.find(finding.item);
    if (items.length !== 1) {
      const candidates = listArg((items.length === 0 ? model.items : items).map((it) => [it.name, it.row]));
      const code = items.length === 0 ? "finding-item-unknown" : "finding-item-ambiguous";
      problems.push(problem("error", code, null, { finding: at, item: String(finding.item), candidates }));
      return;
    }
    const item = items[0];
    const clauses = findClause(item, finding.clause);
    if (clauses.length !== 1) {
      const shown = clauses.length === 0 ? item.clauses : clauses;
      const code = clauses.length === 0 ? "finding-clause-unknown" : "finding-clause-ambiguous";
      const candidates = listArg(shown.map((c) => [c.index, c.text]));
      problems.push(
        problem("error", code, item.criteriaCells[0] ?? null, { finding: at, item: item.name, clause: String(finding.clause), candidates }),
      );
      return;
    }
    const clause = clauses[0];
    const count = finding.count ?? 1;
    const wholeCount = clause.unit !== "%";
    if (typeof count !== "number" || !Number.isFinite(count) || count <= 0 || (wholeCount && !Number.isInteger(count))) {
      problems.push(
        problem("error", "finding-count-invalid", null, { finding: at, item: item.name, expected: wholeCount ? "whole" : "positive" }),
      );
      return;
    }
    if (item.points === null) {
      problems.push(problem("error", "points-missing", item.pointsCell, { finding: at, item: item.name }));
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
      if (ONCE_ONLY.has(clause.kind)) {
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
    seen.set(key, entry);
    resolved.push(entry);
  });
  return { resolved, problems };
}
