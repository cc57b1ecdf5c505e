import type { ClauseKind, Tier } from "../../types";

export { DEDUCT, NUM, POINTS_UNIT } from "../vocabulary";

/** What one recogniser reads from a normalised rule, with where in that text it read it. */
export interface Recognized {
  kind: ClauseKind;
  amount: number | null;
  min?: number;
  max?: number;
  unit?: string;
  tiers?: Tier[];
  levels?: { label: string; score: number; full?: boolean }[];
  /** Count per step for thresholds (每低3个百分点扣0.5分: 3). */
  step?: number;
  /** The amount counts once per case named (…各扣1分). */
  each?: boolean;
  /** Start and end of the recognised phrase in the normalised rule. */
  start: number;
  end: number;
}

export type Recognizer = (rule: string) => Recognized | null;

/** Where a match lies: start and end offsets in the text it was run on. */
export function span(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length };
}
