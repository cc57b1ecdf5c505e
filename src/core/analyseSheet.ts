import { inspectSheet, type InspectOptions } from "./inspectSheet";
import { findRubricMatch, rubricAppliedProblem, sheetTitles } from "./rubric/matchRubric";
import type { Rubric } from "./rubric/rubric";
import type { Problem, SheetGrid, SheetModel } from "./types";

/** A sheet read into its model, with the rubric that filled in what its text does not say. */
export interface SheetAnalysis {
  model: SheetModel;
  rubric: Rubric | null;
  /** The info problem naming the bundled rubric found for the sheet and why; null when none was looked for or found. */
  rubricApplied: Problem | null;
}

/**
 * Inspects a sheet. With `options.rubric` that rubric is used; otherwise, when one of `rubrics` is the sheet's own
 * (its title on the sheet, or the same items), the sheet is inspected again with it. The pane and the command share it.
 */
export function analyseSheet(grid: SheetGrid, options: InspectOptions, rubrics: readonly Rubric[]): SheetAnalysis {
  if (options.rubric) return { model: inspectSheet(grid, options), rubric: options.rubric, rubricApplied: null };
  const plain = inspectSheet(grid, options);
  if (rubrics.length === 0) return { model: plain, rubric: null, rubricApplied: null };
  const identity = { titles: sheetTitles(grid, plain.layout.headerRow), itemNames: plain.items.map((i) => i.name) };
  const match = findRubricMatch(identity, rubrics);
  if (!match) return { model: plain, rubric: null, rubricApplied: null };
  return {
    model: inspectSheet(grid, { ...options, rubric: match.rubric }),
    rubric: match.rubric,
    rubricApplied: rubricAppliedProblem(match),
  };
}
