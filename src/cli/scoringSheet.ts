import { LOG_SHEET_NAME, findScoringSheet } from "../core";
import type { CellValue, SheetGrid } from "../core";
import { CliError } from "./errors";
import { msg } from "./messages";

export interface ScoringSheet {
  grid: SheetGrid;
  /** The 扣分明细 sheet's values, or null when the workbook has none. */
  log: CellValue[][] | null;
}

/** The sheet named by --sheet, or the first one holding a scoring table (the log sheet is never a candidate). */
export function pickScoringSheet(grids: SheetGrid[], path: string, sheetName?: string): ScoringSheet {
  const log = grids.find((g) => g.name === LOG_SHEET_NAME)?.values ?? null;
  const candidates = grids.filter((g) => g.name !== LOG_SHEET_NAME);
  if (sheetName !== undefined) {
    const grid = candidates.find((g) => g.name === sheetName) ?? candidates.find((g) => g.name.trim() === sheetName.trim());
    if (!grid)
      throw new CliError(
        msg.noSuchSheet(
          sheetName,
          candidates.map((g) => g.name),
        ),
      );
    if (findScoringSheet([grid]) !== 0) throw new CliError(msg.sheetNotScoring(grid.name));
    return { grid, log };
  }
  const grid = candidates[findScoringSheet(candidates)];
  if (!grid) throw new CliError(msg.noScoringSheet(path));
  return { grid, log };
}
