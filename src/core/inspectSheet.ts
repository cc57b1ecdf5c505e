import type { ColumnMap, SheetGrid, SheetModel } from "./types";
import type { Rubric } from "./rubric/rubric";

export interface InspectOptions {
  /** A rubric that supplies what the sheet's text does not say (caps, exceptions). */
  rubric?: Rubric | null;
  /** Roles the user set by hand; a null value removes a role. */
  columns?: Partial<Record<keyof ColumnMap, number | null>>;
  /** The unit being assessed, when known better than the sheet says. */
  unit?: string | null;
}

/** Reads the scoring table of one sheet: header, columns, items and their clauses, and the problems seen. */
export function inspectSheet(_grid: SheetGrid, _options: InspectOptions = {}): SheetModel {
  throw new Error("not implemented");
}

/** Index of the first grid that holds a scoring table, or -1. */
export function findScoringSheet(_grids: SheetGrid[]): number {
  throw new Error("not implemented");
}
