/* global Excel */
import { findScoringSheet, LOG_SHEET_NAME } from "../core";
import type { CellValue, SheetGrid } from "../core";
import type { ScanResult } from "../host/scoringHost";
import { hostError } from "./errors";
import type { Lang } from "./errors";
import { queueMergedAreas, takeMergedAreas } from "./mergedAreas";
import { contentGrid, toSheetGrid, valuesGrid } from "./readGrid";
import type { UsedRangeSnapshot } from "./readGrid";
import { readWithFallback } from "./reads";

export interface ScanOptions {
  /** Sheet the user asked for; without it the active sheet, or the first sheet holding a scoring table. */
  sheet?: string;
  /** Whether merged areas can be read (ExcelApi 1.13). */
  mergedAreas: boolean;
  lang: Lang;
  /** Response bytes per sync when a sheet is too large to read at once (reads.ts). */
  readBytes: number;
}

export interface ScanOutcome {
  result: ScanResult;
  /** The scanned sheet as typed (formula text or value per cell), to tell later whether it changed. */
  content: CellValue[][];
}

/**
 * Sync 1: sheet names, the requested or active sheet's used range, the log sheet.
 * Sync 2, only when needed: the merged areas of that sheet, or — when it holds no scoring table — the other
 * sheets' used ranges (a sheet found that way is returned without merges: the core then reads blank
 * continuation rows). Never more than two syncs while each read's response stays under Excel on the web's
 * 5 MB limit; past it the used ranges are read in row bands, one sync per band (reads.ts).
 */
export async function scanWorkbook(context: Excel.RequestContext, options: ScanOptions): Promise<ScanOutcome> {
  const first = await readWithFallback(context, options.readBytes, (reads) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const target = options.sheet ? sheets.getItemOrNullObject(options.sheet) : sheets.getActiveWorksheet();
    target.load("name");
    const targetUsed = reads.usedRange(target, true);
    const logSheet = sheets.getItemOrNullObject(LOG_SHEET_NAME);
    logSheet.load("name");
    const logUsed = reads.usedRange(logSheet, false);
    return () => ({ sheets, target, logSheet, logUsed: logUsed(), snap: targetUsed() });
  });
  const { target, logSheet, snap } = first;
  if (target.isNullObject) throw hostError("missing-sheet", options.lang, options.sheet ?? "");
  const names = first.sheets.items.map((s) => s.name).filter((name) => name !== LOG_SHEET_NAME);
  const log = logSheet.isNullObject ? null : valuesGrid(first.logUsed);
  const grid = toSheetGrid(target.name, snap);
  const holdsTable = target.name !== LOG_SHEET_NAME && (options.sheet !== undefined || findScoringSheet([grid]) === 0);

  if (!holdsTable) {
    const found = await scanOtherSheets(
      context,
      names.filter((name) => name !== target.name),
      options,
    );
    return {
      result: { grid: found.grid, sheets: names, log },
      content: contentGrid(found.snap),
    };
  }
  const merged = options.mergedAreas ? await withMerges(context, target, grid, snap) : grid;
  return { result: { grid: merged, sheets: names, log }, content: contentGrid(snap) };
}

async function withMerges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  grid: SheetGrid,
  snap: UsedRangeSnapshot | null,
): Promise<SheetGrid> {
  if (!snap) return { ...grid, merges: [] };
  const requests = queueMergedAreas(sheet, snap);
  await context.sync();
  return { ...grid, merges: takeMergedAreas(requests) };
}

async function scanOtherSheets(
  context: Excel.RequestContext,
  names: string[],
  options: ScanOptions,
): Promise<{ grid: SheetGrid; snap: UsedRangeSnapshot | null }> {
  if (!names.length) throw hostError("no-table", options.lang);
  const sheets = context.workbook.worksheets;
  const snaps = await readWithFallback(context, options.readBytes, (reads) => {
    const used = names.map((name) => reads.usedRange(sheets.getItem(name), true));
    return () => used.map((take) => take());
  });
  const grids = snaps.map((snap, i) => toSheetGrid(names[i], snap));
  const index = grids.length ? findScoringSheet(grids) : -1;
  if (index < 0) throw hostError("no-table", options.lang);
  return { grid: grids[index], snap: snaps[index] };
}
