// Unwritten ticks kept with the workbook (the host's DraftStore), so a reload, a re-read or a crash loses nothing.
import { type SheetModel, clampInput, clampRowInput, clauseKey, ROW_INPUT, type ClauseInput, type ClauseInputs } from "../core";
import type { ColumnOverrides } from "./scoringSession";

export interface Draft {
  inputs: ClauseInputs;
  /** What the user typed as the unit (null: the sheet's). */
  unit: string | null;
  columns: ColumnOverrides;
}

const VERSION = 1;

export function encodeDraft(draft: Draft): string {
  return JSON.stringify({ v: VERSION, inputs: draft.inputs, unit: draft.unit, columns: draft.columns });
}

/** The draft in `text`, or null when there is none or it is not one we wrote (never throws). */
export function decodeDraft(text: string | null | undefined): Draft | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw.v !== VERSION || !isRecord(raw.inputs)) return null;
  const inputs: Record<string, ClauseInput> = {};
  for (const [key, value] of Object.entries(raw.inputs)) {
    if (!/^\d+:\d+$/.test(key) || !isRecord(value)) continue;
    const count = typeof value.count === "number" && Number.isFinite(value.count) ? value.count : 0;
    const amount = typeof value.amount === "number" && Number.isFinite(value.amount) ? value.amount : null;
    const note = typeof value.note === "string" ? value.note : "";
    inputs[key] = { count, amount, note };
  }
  const columns: Record<string, number | null> = {};
  if (isRecord(raw.columns)) {
    for (const [role, column] of Object.entries(raw.columns)) {
      if (column === null || (typeof column === "number" && Number.isInteger(column) && column > 0)) columns[role] = column;
    }
  }
  return { inputs, unit: typeof raw.unit === "string" ? raw.unit : null, columns: columns as ColumnOverrides };
}

/** The draft's inputs that fit the sheet as read now, each kept inside what its clause (or row) allows. */
export function draftInputsFor(model: SheetModel, inputs: ClauseInputs): ClauseInputs {
  const kept: Record<string, ClauseInput> = {};
  for (const item of model.items) {
    const rowKey = clauseKey(item, { index: ROW_INPUT });
    if (inputs[rowKey]) kept[rowKey] = clampRowInput(item, inputs[rowKey]);
    for (const clause of item.clauses) {
      const key = clauseKey(item, clause);
      if (inputs[key]) kept[key] = clampInput(clause, item, inputs[key]);
    }
  }
  return kept;
}

/** How many clauses (and rows: 已核查, typed score) the draft ticks, counts, scores or notes. */
export function draftSize(inputs: ClauseInputs): number {
  return Object.values(inputs).filter((i) => i.count > 0 || (i.amount ?? 0) > 0 || i.note.trim() !== "").length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
