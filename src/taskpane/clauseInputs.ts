// What the assessor entered for each clause, and its translation to the engine's findings.
// Keyed by the item's sheet row and the clause's 1-based index: the same reference the 扣分明细 log uses.
import type { Clause, Finding, Item, SheetModel } from "../core/types";

export interface ClauseInput {
  /** Occurrences; 0 means the clause is not applied. Checkbox and switch clauses use 0 or 1. */
  count: number;
  /** The chosen amount for range and manual clauses. */
  amount: number | null;
  note: string;
}

export type ClauseInputs = Readonly<Record<string, ClauseInput>>;

export const EMPTY_INPUT: ClauseInput = { count: 0, amount: null, note: "" };

export function clauseKey(item: Pick<Item, "row">, clause: Pick<Clause, "index">): string {
  return `${item.row}:${clause.index}`;
}

export function inputOf(inputs: ClauseInputs, item: Item, clause: Clause): ClauseInput {
  return inputs[clauseKey(item, clause)] ?? EMPTY_INPUT;
}

/** Range and manual clauses are applied by typing an amount; the others by a count. */
export function takesAmount(clause: Clause): boolean {
  return clause.kind === "range" || clause.kind === "manual";
}

export function isApplied(clause: Clause, input: ClauseInput): boolean {
  if (clause.kind === "award") return false;
  if (takesAmount(clause)) return input.amount !== null && input.amount > 0;
  return input.count > 0;
}

/**
 * Most occurrences of a per clause that can still change the score: its own maxCount; else as many as it takes to
 * reach its cap (每次扣2分，最多扣3分 → 2) or, given the item, the row's points (每项扣1分，扣完为止 on 5 points → 5).
 * Tiered clauses stop at their last tier. Null when nothing bounds it.
 */
export function countLimit(clause: Clause, item?: Pick<Item, "points">): number | null {
  if (clause.maxCount !== undefined) return clause.maxCount;
  // Tiers (一次扣3分，两次扣5分，三次以上不得分): counts past the last tier change nothing.
  if (clause.tiers && clause.tiers.length > 0) return Math.max(...clause.tiers.map((t) => t.count));
  if (!clause.amount || clause.amount <= 0) return null;
  const upTo = (points: number) => Math.max(1, Math.ceil(points / clause.amount! - 1e-9));
  const limits: number[] = [];
  if (clause.cap !== undefined) limits.push(upTo(clause.cap));
  if (item?.points != null && item.points > 0) limits.push(upTo(item.points));
  return limits.length > 0 ? Math.min(...limits) : null;
}

/** Largest amount a range or manual clause accepts. */
export function amountLimit(clause: Clause, item: Item): number | null {
  if (clause.kind === "range" && clause.max !== undefined) return clause.max;
  return clause.cap ?? item.points ?? null;
}

/** Keeps an entered count or amount inside what the clause allows. */
export function clampInput(clause: Clause, item: Item, input: ClauseInput): ClauseInput {
  if (takesAmount(clause)) {
    let amount = input.amount;
    if (amount !== null) {
      const max = amountLimit(clause, item);
      amount = Math.max(0, amount);
      if (max !== null) amount = Math.min(amount, max);
      if (clause.kind === "range" && clause.min !== undefined && amount > 0) amount = Math.max(amount, clause.min);
    }
    return { ...input, amount, count: amount !== null && amount > 0 ? 1 : 0 };
  }
  let count = Math.max(0, Math.floor(input.count));
  if (clause.kind === "per") {
    const limit = countLimit(clause, item);
    if (limit !== null) count = Math.min(count, limit);
  } else {
    count = Math.min(count, 1);
  }
  return { ...input, count };
}

/** The findings the inputs stand for, in sheet order. */
export function findingsOf(model: SheetModel, inputs: ClauseInputs): Finding[] {
  const findings: Finding[] = [];
  for (const item of model.items) {
    for (const clause of item.clauses) {
      const input = inputOf(inputs, item, clause);
      if (!isApplied(clause, input)) continue;
      const finding: Finding = { item: item.row, clause: clause.index, count: takesAmount(clause) ? 1 : input.count };
      if (takesAmount(clause) && input.amount !== null) finding.amount = input.amount;
      if (input.note.trim()) finding.note = input.note.trim();
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * Inputs for findings read back from the log (item by row, clause by index).
 * Findings that point at no item or clause of the model are counted, not guessed at.
 */
export function inputsFromFindings(model: SheetModel, findings: Finding[]): { inputs: ClauseInputs; unmatched: number } {
  const inputs: Record<string, ClauseInput> = {};
  let unmatched = 0;
  for (const finding of findings) {
    const item = model.items.find((it) => it.row === finding.item);
    const clause = item?.clauses.find((c) => c.index === finding.clause);
    if (!item || !clause || typeof finding.item !== "number" || typeof finding.clause !== "number") {
      unmatched++;
      continue;
    }
    const raw: ClauseInput = {
      count: finding.count ?? 1,
      amount: finding.amount ?? null,
      note: finding.note ?? "",
    };
    inputs[clauseKey(item, clause)] = clampInput(clause, item, raw);
  }
  return { inputs, unmatched };
}

/** Drops inputs whose item or clause no longer exists (after the user changed a column). */
export function keepMatchingInputs(model: SheetModel, inputs: ClauseInputs): ClauseInputs {
  const kept: Record<string, ClauseInput> = {};
  for (const item of model.items) {
    for (const clause of item.clauses) {
      const key = clauseKey(item, clause);
      if (inputs[key]) kept[key] = inputs[key];
    }
  }
  return kept;
}
