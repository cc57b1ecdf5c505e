// What the assessor entered for each clause, kept inside each clause's limits, and its translation to findings.
// The pane keeps these as its state; any host that asks for entries clause by clause can share them.
// Keyed by the item's sheet row and the clause's 1-based index: the same reference the 扣分明细 log uses.
// Index 0 (ROW_INPUT) holds what was entered for the whole row: 已核查 and a typed score.
import { amountLimit, countLimit, overrideLimit } from "../clauses/clauseLimits";
import { typedScoreLimit } from "../scoring/rowRules";
import type { Clause, Finding, Item, SheetModel } from "../types";

export interface ClauseInput {
  /**
   * Occurrences; 0 means the clause is not applied. Checkbox and switch clauses use 0 or 1; level clauses the
   * chosen level's 1-based position (0: none chosen); the row input 1 when the item is marked 已核查.
   */
  count: number;
  /**
   * The chosen amount for range and manual clauses; on a deduct or per clause the assessor's override of the
   * clause's own amount; on the row input the typed score. null: none.
   */
  amount: number | null;
  /** The note; the reason an override or a typed score needs. */
  note: string;
}

/** The clause index of the row's own input (已核查, typed score). */
export const ROW_INPUT = 0;

export type ClauseInputs = Readonly<Record<string, ClauseInput>>;

export const EMPTY_INPUT: ClauseInput = { count: 0, amount: null, note: "" };

export function clauseKey(item: Pick<Item, "row">, clause: Pick<Clause, "index">): string {
  return `${item.row}:${clause.index}`;
}

export function inputOf(inputs: ClauseInputs, item: Item, clause: Clause): ClauseInput {
  return inputs[clauseKey(item, clause)] ?? EMPTY_INPUT;
}

export function rowInputOf(inputs: ClauseInputs, item: Pick<Item, "row">): ClauseInput {
  return inputs[clauseKey(item, { index: ROW_INPUT })] ?? EMPTY_INPUT;
}

/** Deduct and per clauses take an assessor's amount over their own (改分), with a reason. */
export function takesOverride(clause: Clause): boolean {
  return (clause.kind === "deduct" || clause.kind === "per") && clause.amount !== null;
}

/** An override or typed score is applied only with its reason; without one the pane asks for it. */
export function hasReason(input: ClauseInput): boolean {
  return input.note.trim() !== "";
}

/** The override entered on a deduct or per clause, whether or not its reason is there yet. */
export function overrideOf(clause: Clause, input: ClauseInput): number | null {
  return takesOverride(clause) && input.amount !== null ? input.amount : null;
}

/** The chosen level of a level clause (0-based), or null. */
export function levelOf(clause: Clause, input: ClauseInput): number | null {
  const levels = clause.levels ?? [];
  return clause.kind === "level" && input.count >= 1 && input.count <= levels.length ? input.count - 1 : null;
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
  if (clause.kind === "level") return { ...input, count: Math.min(count, clause.levels?.length ?? 0) };
  if (takesOverride(clause) && input.amount !== null) {
    input = { ...input, amount: Math.min(Math.max(0, input.amount), overrideLimit(item)) };
  }
  if (clause.kind === "per") {
    const limit = countLimit(clause, item);
    if (limit !== null) count = Math.min(count, limit);
  } else {
    count = Math.min(count, 1);
  }
  return { ...input, count };
}

/** Keeps the row input inside what the row allows: a typed score within [0, points + bonus room]; 已核查 0 or 1. */
export function clampRowInput(item: Item, input: ClauseInput): ClauseInput {
  const count = input.count > 0 ? 1 : 0;
  const amount =
    input.amount === null || !Number.isFinite(input.amount) ? null : Math.min(Math.max(0, input.amount), typedScoreLimit(item));
  return { ...input, count, amount };
}

/** The findings the inputs stand for, in sheet order; an override or typed score without its reason is left out. */
export function findingsOf(model: SheetModel, inputs: ClauseInputs): Finding[] {
  const findings: Finding[] = [];
  for (const item of model.items) {
    const row = rowInputOf(inputs, item);
    for (const clause of item.clauses) {
      const input = inputOf(inputs, item, clause);
      if (!isApplied(clause, input)) continue;
      const once = takesAmount(clause) || clause.kind === "level";
      const finding: Finding = { item: item.row, clause: clause.index, count: once ? 1 : input.count };
      if (takesAmount(clause) && input.amount !== null) finding.amount = input.amount;
      const override = overrideOf(clause, input);
      if (override !== null && hasReason(input)) finding.amount = override;
      const level = levelOf(clause, input);
      if (level !== null) finding.level = clause.levels![level].label || clause.levels![level].score;
      if (input.note.trim()) finding.note = input.note.trim();
      findings.push(finding);
    }
    if (row.amount !== null && hasReason(row)) findings.push({ item: item.row, score: row.amount, note: row.note.trim() });
  }
  return findings;
}

/** Indexes of the items marked 已核查. */
export function checkedItems(model: SheetModel, inputs: ClauseInputs): number[] {
  return model.items.filter((item) => rowInputOf(inputs, item).count > 0).map((item) => item.index);
}

/** An item counts as looked at when it is marked 已核查, has an applied clause, or a typed score. */
export function isReviewed(item: Item, inputs: ClauseInputs): boolean {
  const row = rowInputOf(inputs, item);
  if (row.count > 0 || (row.amount !== null && hasReason(row))) return true;
  return item.clauses.some((clause) => isApplied(clause, inputOf(inputs, item, clause)));
}

/**
 * Inputs for findings read back from the log (item by row, clause by index).
 * Findings that point at no item or clause of the model are counted, not guessed at.
 */
export function inputsFromFindings(
  model: SheetModel,
  findings: Finding[],
  checked: (string | number)[] = [],
): { inputs: ClauseInputs; unmatched: number } {
  const inputs: Record<string, ClauseInput> = {};
  let unmatched = 0;
  const rowInput = (item: Item) => inputs[clauseKey(item, { index: ROW_INPUT })] ?? EMPTY_INPUT;
  const byRow = new Map<string | number, Item>();
  for (const item of model.items) if (!byRow.has(item.row)) byRow.set(item.row, item);
  for (const ref of checked) {
    const item = byRow.get(ref);
    if (item) inputs[clauseKey(item, { index: ROW_INPUT })] = { ...rowInput(item), count: 1 };
    else unmatched++;
  }
  for (const finding of findings) {
    const item = byRow.get(finding.item);
    if (item && finding.clause === undefined && typeof finding.score === "number") {
      inputs[clauseKey(item, { index: ROW_INPUT })] = clampRowInput(item, {
        ...rowInput(item),
        amount: finding.score,
        note: finding.note ?? "",
      });
      continue;
    }
    const clause = item?.clauses.find((c) => c.index === finding.clause);
    if (!item || !clause || typeof finding.item !== "number" || typeof finding.clause !== "number") {
      unmatched++;
      continue;
    }
    const raw: ClauseInput = {
      count: clause.kind === "level" ? levelPosition(clause, finding.level) : (finding.count ?? 1),
      amount: finding.amount ?? null,
      note: finding.note ?? "",
    };
    inputs[clauseKey(item, clause)] = clampInput(clause, item, raw);
  }
  return { inputs, unmatched };
}

/** A logged level (its label, or its score) as the 1-based position the input keeps; 0 when it names none. */
function levelPosition(clause: Clause, level: Finding["level"]): number {
  const levels = clause.levels ?? [];
  const at = typeof level === "number" ? levels.findIndex((l) => l.score === level) : levels.findIndex((l) => l.label === level);
  return at + 1;
}

/** Drops inputs whose item or clause no longer exists (after the user changed a column). */
export function keepMatchingInputs(model: SheetModel, inputs: ClauseInputs): ClauseInputs {
  const kept: Record<string, ClauseInput> = {};
  for (const item of model.items) {
    const rowKey = clauseKey(item, { index: ROW_INPUT });
    if (inputs[rowKey]) kept[rowKey] = inputs[rowKey];
    for (const clause of item.clauses) {
      const key = clauseKey(item, clause);
      if (inputs[key]) kept[key] = inputs[key];
    }
  }
  return kept;
}
