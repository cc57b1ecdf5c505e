import type { Problem, SheetModel } from "../types";

/** Checks a filled sheet: totals, score values, blanks, duplicates (problems of inspect included). */
export function checkSheet(_model: SheetModel): Problem[] {
  throw new Error("not implemented");
}
