import type { Problem, SheetModel } from "../types";
import { checkSheet } from "./checkSheet";

function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** True once anyone has written a score on the sheet (an item's 得分 or the total's). */
export function hasScores(model: SheetModel): boolean {
  return model.items.some((item) => item.scoreCell && !blank(item.existingScore)) || model.layout.total?.score != null;
}

/**
 * The one list of problems a sheet has, for `inspect`, `check` and the pane alike: the checks of a filled sheet,
 * or for a sheet nobody has scored yet, what inspection found (blank scores are then no news).
 */
export function sheetProblems(model: SheetModel): Problem[] {
  return hasScores(model) ? checkSheet(model) : model.problems;
}
