import type { ClauseKind, Tier } from "../../types";

/** What one recogniser reads from a normalised rule. */
export interface Recognized {
  kind: ClauseKind;
  amount: number | null;
  min?: number;
  max?: number;
  unit?: string;
  tiers?: Tier[];
}

export type Recognizer = (rule: string) => Recognized | null;

/** A number as written after normalisation: 2, 0.5, 15. */
export const NUM = "(\\d+(?:\\.\\d+)?)";

/** "扣" that deducts: not 折扣 (discount) and not 扣除率-like words. */
export const DEDUCT = "(?<!折)扣(?:除|减)?";

/** After an amount: 分, but not 分比/分之/分率 (折扣半分比, 百分之). */
export const POINTS_UNIT = "分(?![比之率])";
