/* global Excel */
import { findScoringSheet, LOG_SHEET_NAME } from "../core";
import type { CellValue } from "../core";
import type { ScanResult } from "../host/scoringHost";
import { hostError } from "./errors";
import type { Lang } from "./errors";
import { queueMergedAreas, takeMergedAreas } from "./mergedAreas";
import { contentGrid, toSheetGrid, valueRects, valuesGrid, withValues } from "./readGrid";
import type { UsedRangeSnapshot } from "./readGrid";
import { readWithFallback } from "./reads";
import type { RectValues } from "./reads";

export interface ScanOptions {
  /** Sheet the user asked for; without it the active sheet, or the first sheet holding a scoring table. */
  sheet?: string;
  /** The asked-for sheet's id when it was read before (Worksheet.id): a sheet renamed since is still found. */
  sheetId?: string;
  /** Whether merged areas can be read (ExcelApi 1.13). */
  mergedAreas: boolean;
  lang: Lang;
  /** Response bytes per sync when a sheet is too large to read at once (reads.ts). */
  readBytes: number;
}

export interface ScanOutcome {
  result: ScanResult;
  /** The scanned sheet's id (Worksheet.id), which survives a rename. */
  id: string | null;
  /** The scanned sheet as typed (formula text or value per cell), to tell later whether it changed. */
  content: CellValue[][];
}

/**
 * Sync 1: sheet names, the requested or active sheet's used range — its formulas only (Range.formulas returns a
 * constant as it is, so this holds every value but those of formula cells, which halves the response) — and
 * the log sheet's values.
 * Sync 2, only when needed: the values of the cells whose value may differ from their formula text (formulas,
 * a few kinds of text: `valueMayDiffer`), in few ranges (`valueRects`), with the merged areas of that sheet, or —
 * when it holds no scoring table — the other sheets' used ranges (a sheet found that way is returned without
 * merges: the core then reads blank continuation rows). Never more than two syncs while each read's response
 * stays under Excel on the web's 5 MB limit; past it the used ranges are read in row bands, one sync per band
 * (reads.ts).
 */
export async function scanWorkbook(context: Excel.RequestContext, options: ScanOptions): Promise<ScanOutcome> {
  const first = await readWithFallback(context, options.readBytes, (reads) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const target = options.sheet ? sheets.getItemOrNullObject(options.sheetId ?? options.sheet) : sheets.getActiveWorksheet();
    target.load("name, id");
    const targetUsed = reads.usedRange(target, "formulas");
    const logSheet = sheets.getItemOrNullObject(LOG_SHEET_NAME);
    logSheet.load("name");
    const logUsed = reads.usedRange(logSheet, "values");
    return () => ({ sheets, target, logSheet, logUsed: logUsed(), formulas: targetUsed() });
  });
  const { target, logSheet, formulas } = first;
  if (target.isNullObject) throw hostError("missing-sheet", options.lang, options.sheet ?? "");
  const names = first.sheets.items.map((s) => s.name).filter((name) => name !== LOG_SHEET_NAME);
  const log = logSheet.isNullObject ? null : valuesGrid(first.logUsed);
  const rects = valueRects(formulas);
  // Whether the sheet holds a table is decided before its formula cells' values are known (they count as empty):
  // a header is text, and this keeps the other sheets' read in the same second sync.
  const provisional = toSheetGrid(target.name, formulas ? withValues(formulas, rects, []) : null);
  const isLog = target.name === LOG_SHEET_NAME;
  const holdsTable = !isLog && (options.sheet !== undefined || findScoringSheet([provisional]) === 0);
  const others = holdsTable ? [] : names.filter((name) => name !== target.name);
  if (!holdsTable && !others.length && (isLog || !rects.length)) throw hostError("no-table", options.lang);
  const mergesWanted = holdsTable && options.mergedAreas && formulas !== null;
  // An empty sheet asked for by name has no merged areas (known only where they can be asked for).
  const noMerges = options.mergedAreas ? [] : undefined;
  const complete = (values: RectValues[]): UsedRangeSnapshot | null => (formulas ? withValues(formulas, rects, values) : null);
  if (holdsTable && !rects.length && !mergesWanted) {
    const snap = complete([]);
    return { result: { grid: toSheetGrid(target.name, snap, noMerges), sheets: names, log }, content: contentGrid(snap), id: target.id };
  }

  const second = await readWithFallback(context, options.readBytes, (reads) => {
    const values = rects.map((r) => reads.rect(target, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, "values"));
    const merges = mergesWanted && formulas ? queueMergedAreas(target, formulas) : [];
    const used = others.map((name) => reads.usedRange(context.workbook.worksheets.getItem(name), "values, formulas"));
    return () => ({ values: values.map((take) => take()), merges, used: used.map((take) => take()) });
  });
  const snap = complete(second.values);
  if (holdsTable) {
    const grid = toSheetGrid(target.name, snap, mergesWanted ? takeMergedAreas(second.merges) : noMerges);
    return { result: { grid, sheets: names, log }, content: contentGrid(snap), id: target.id };
  }
  // The table may be on this sheet after all (a header made by formulas): it then comes back without merges.
  const candidates = isLog ? second.used : [snap, ...second.used];
  const candidateNames = isLog ? others : [target.name, ...others];
  const grids = candidates.map((s, i) => toSheetGrid(candidateNames[i], s));
  const index = grids.length ? findScoringSheet(grids) : -1;
  if (index < 0) throw hostError("no-table", options.lang);
  // A sheet found among the others: its id is not known (the next write finds it by name).
  const id = !isLog && index === 0 ? target.id : null;
  return { result: { grid: grids[index], sheets: names, log }, content: contentGrid(candidates[index]), id };
}
