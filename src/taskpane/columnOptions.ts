import { columnLetter, type Role, type SheetGrid } from "../core";

export interface ColumnOption {
  col: number;
  letter: string;
  /** The header cell's text, whitespace collapsed. */
  header: string;
}

/** Roles in the order the layout panel lists them. */
export const ROLE_ORDER: Role[] = [
  "item",
  "requirement",
  "criteria",
  "method",
  "points",
  "score",
  "deduction",
  "note",
  "selfScore",
  "index",
];

/** One option per column of the sheet, labelled with the header text of `headerRow`. */
export function columnOptions(grid: SheetGrid, headerRow: number): ColumnOption[] {
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const header = grid.values[headerRow - 1] ?? [];
  const options: ColumnOption[] = [];
  for (let col = 1; col <= width; col++) {
    const value = header[col - 1];
    const text = value === null || value === undefined ? "" : String(value).replace(/\s+/g, "");
    options.push({ col, letter: columnLetter(col), header: text.length > 12 ? `${text.slice(0, 12)}…` : text });
  }
  return options;
}
