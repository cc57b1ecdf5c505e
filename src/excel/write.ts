/* global Excel */
import { a1, LOG_SHEET_NAME } from "../core";
import type { CellValue, WritePlan } from "../core";
import type { WriteReceipt } from "../host/scoringHost";
import { packBatches } from "./chunking";
import type { TargetedBlock } from "./chunking";
import { coauthorConflictError, hostError, partialWriteError, structureProtectedError } from "./errors";
import type { Lang } from "./errors";
import {
  cellAt,
  contentAt,
  contentGrid,
  formulaOf,
  sameCell,
  sameContent,
  toCellValue,
  valuesGrid,
  withCells,
  withValues,
} from "./readGrid";
import type { CellContent, CellRect } from "./readGrid";
import { logTargetOnDemand } from "./logTarget";
import { readWithFallback, surelyTooLarge } from "./reads";
import { syncInBatches } from "./syncBatches";
import { groupBlocks, rectangular, toExcelValues } from "./writeBlocks";

export interface WriteOptions {
  lang: Lang;
  chunkBytes: number;
  /** Response bytes per sync when the sheet is too large to read at once (reads.ts). */
  readBytes: number;
}

/**
 * The receipt ExcelHost.write returns (a WriteReceipt with more): undo needs to know which previous values
 * were formulas and what the write put in each cell, to refuse when the user edited them since.
 */
export interface ExcelWriteReceipt extends WriteReceipt {
  previous: CellContent[];
  /** What the write put in each cell (the plan's values). */
  written: { row: number; col: number; value: CellValue }[];
  /** The log sheet as written; [] when an existing log was only cleared; null when the log was not touched. */
  writtenLog: CellValue[][] | null;
  /** The write failed part way (the receipt came with a HostError): cells may hold either value. */
  partial?: true;
}

export function isExcelReceipt(receipt: WriteReceipt): receipt is ExcelWriteReceipt {
  const r = receipt as Partial<ExcelWriteReceipt>;
  return Array.isArray(r.written) && r.writtenLog !== undefined;
}

const READ_REQUEST_BYTES = 200;

/** What the log sheet held at scan (null: there was none), to tell a hand edit since. */
export type SeenLog = CellValue[][] | null;

export interface WriteOutcome {
  receipt: ExcelWriteReceipt;
  /** The sheet's content after the write, to compare against on the next write. */
  content: CellValue[][];
  /** The log sheet after the write. */
  log: SeenLog;
}

/**
 * Sync 1 re-reads the target sheet (formulas only: what each cell holds as typed, which is all the stale check
 * compares, plus the values of the cells about to be written, for the receipt), its protection, the log sheet (and its protection) and the workbook's
 * structure protection; if the sheet is gone, protected or no longer what was scanned (`scanned`), or the log
 * sheet must be added to a structure-protected workbook, it rejects having written nothing.
 * Sync 2 writes every block of cells first and the log sheet last (cleared, or added, just before it is
 * written), so a failure leaves the old log in place as long as possible. Excel batches are not transactional:
 * when sync 2 (or a later chunk) fails, the rejection is a HostError carrying the receipt, for undo.
 * More syncs only past the chunk size (writes) or Excel on the web's response limit (the sync 1 read).
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  scanned: CellValue[][] | undefined,
  options: WriteOptions,
  scannedLog: SeenLog = null,
  /** The sheet's id (Worksheet.id) when known: a sheet renamed since the scan is still the one written. */
  sheetId?: string,
): Promise<WriteOutcome> {
  const sheets = context.workbook.worksheets;
  const cells = (scanned?.length ?? 0) * (scanned?.[0]?.length ?? 0);
  // The written cells' values, for the receipt (a formula there is put back as formula text, a value as value).
  const writtenRects: CellRect[] = groupBlocks(plan.writes).map((b) => ({
    rowIndex: b.top - 1,
    columnIndex: b.left - 1,
    rowCount: b.values.length,
    columnCount: b.values[0].length,
  }));
  const state = await readWithFallback(
    context,
    options.readBytes,
    (reads) => {
      const sheet = sheets.getItemOrNullObject(sheetId ?? plan.sheet);
      sheet.load("name");
      sheet.protection.load("protected");
      const used = reads.usedRange(sheet, "formulas");
      const written = writtenRects.map((r) => reads.rect(sheet, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount, "values"));
      const logSheet = sheets.getItemOrNullObject(LOG_SHEET_NAME);
      logSheet.load("name");
      logSheet.protection.load("protected");
      const logUsed = reads.usedRange(logSheet, "values");
      const structure = context.workbook.protection;
      structure.load("protected");
      return () => ({
        sheet,
        logSheet,
        used: used(),
        written: written.map((take) => take()),
        logUsed: logUsed(),
        structureProtected: structure.protected,
      });
    },
    surelyTooLarge(cells),
  );
  const { sheet, logSheet } = state;

  if (sheet.isNullObject) throw hostError("missing-sheet", options.lang, plan.sheet);
  if (sheet.protection.protected) throw hostError("protected", options.lang, plan.sheet);
  const logExists = !logSheet.isNullObject;
  if (logExists && logSheet.protection.protected) throw hostError("protected", options.lang, LOG_SHEET_NAME);
  if (!logExists && plan.log.length && state.structureProtected) throw structureProtectedError(options.lang, LOG_SHEET_NAME);
  const current = contentGrid(state.used);
  const before = state.used ? withValues(state.used, writtenRects, state.written) : null;
  if (!scanned || !sameContent(scanned, current)) throw hostError("stale", options.lang, plan.sheet);
  const logNow = logExists ? valuesGrid(state.logUsed) : null;
  // Ticks are rebuilt into the whole log: a row typed into 扣分明细 since the scan would be lost.
  if (!sameLog(logNow ?? [], scannedLog ?? [])) throw hostError("conflict", options.lang, LOG_SHEET_NAME);

  const log = plan.log.length ? rectangular(plan.log) : null;
  const receipt: ExcelWriteReceipt = {
    sheet: plan.sheet,
    previous: plan.writes.map(({ row, col }) => contentAt(before, row, col)),
    previousLog: logExists ? valuesGrid(state.logUsed) : null,
    written: plan.writes.map(({ row, col, value }) => ({ row, col, value })),
    writtenLog: log ?? (logExists ? [] : null),
  };

  // Cell blocks first, the log last: a failure part way leaves the old log (and the receipt) to undo with.
  const blocks: TargetedBlock[] = groupBlocks(plan.writes).map((b) => ({ ...b, target: plan.sheet }));
  if (log) blocks.push({ target: LOG_SHEET_NAME, top: 1, left: 1, values: log });
  const logSheetForWrite = logTargetOnDemand(sheets, logSheet, logExists);
  // Co-authors (Excel on the web): the target cells are read again in the same batch, just before the write.
  const targetReads: { rect: CellRect; range: Excel.Range }[] = [];
  try {
    await syncInBatches(
      context,
      // The first batch also carries a read per block (about 200 bytes of request each).
      packBatches(blocks, options.chunkBytes - writtenRects.length * READ_REQUEST_BYTES),
      (block) => {
        const target = block.target === LOG_SHEET_NAME ? logSheetForWrite() : sheet;
        const rows = block.values.length;
        target.getRangeByIndexes(block.top - 1, block.left - 1, rows, block.values[0].length).values = toExcelValues(block.values);
      },
      () => {
        if (!log && logExists) logSheetForWrite(); // an empty log: the old one is cleared
      },
      () => {
        for (const rect of writtenRects) {
          const range = sheet.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount);
          range.load("values, formulas");
          targetReads.push({ rect, range });
        }
      },
    );
  } catch (error) {
    const partial: ExcelWriteReceipt = { ...receipt, partial: true };
    throw partialWriteError(error, options.lang, plan.sheet, partial);
  }
  const content = withCells(current, plan.writes);
  const writtenLog = log ?? (logExists ? [] : null);
  const theirs = coauthorEdits(targetReads, current);
  if (!theirs.length) return { receipt, content, log: writtenLog };
  try {
    await putBack(context, sheet, theirs);
  } catch (error) {
    const partial: ExcelWriteReceipt = { ...receipt, partial: true };
    throw partialWriteError(error, options.lang, plan.sheet, partial);
  }
  // Their cells now hold their values: the receipt records that value as both before and after, so undo leaves it.
  const kept = new Map(theirs.map((t) => [`${t.row}:${t.col}`, t]));
  const keptReceipt: ExcelWriteReceipt = {
    ...receipt,
    previous: receipt.previous.map((p) => kept.get(`${p.row}:${p.col}`) ?? p),
    written: receipt.written.map((w) => {
      const t = kept.get(`${w.row}:${w.col}`);
      return t ? { row: w.row, col: w.col, value: t.formula ? null : t.value } : w;
    }),
  };
  const where = theirs.map((t) => a1(t.row, t.col));
  throw coauthorConflictError(options.lang, plan.sheet, where, keptReceipt);
}

/** Cells that, just before the write, held something other than what sync 1 read: another person's edits. */
function coauthorEdits(reads: { rect: CellRect; range: Excel.Range }[], seen: CellValue[][]): CellContent[] {
  const found: CellContent[] = [];
  for (const { rect, range } of reads) {
    const values = range.values as unknown[][];
    const formulas = range.formulas as unknown[][];
    for (let r = 0; r < rect.rowCount; r++) {
      for (let c = 0; c < rect.columnCount; c++) {
        const row = rect.rowIndex + r + 1;
        const col = rect.columnIndex + c + 1;
        const value = values[r]?.[c];
        const formula = formulaOf(formulas[r]?.[c], value);
        const typed = formula ?? toCellValue(formulas[r]?.[c] ?? value);
        const before = cellAt(seen, row, col);
        if (formula === null ? sameCell(typed, before) : formula === before) continue;
        found.push(formula === null ? { row, col, value: toCellValue(value) } : { row, col, value: formula, formula: true });
      }
    }
  }
  return found;
}

/** Puts the co-authors' cells back as they had them (one more sync, only when there were any). */
async function putBack(context: Excel.RequestContext, sheet: Excel.Worksheet, cells: CellContent[]): Promise<void> {
  for (const cell of cells) {
    const target = sheet.getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1);
    if (cell.formula) target.formulas = [[String(cell.value)]];
    else target.values = toExcelValues([[cell.value]]);
  }
  await context.sync();
}

/** Same log content, "" and a missing cell counting as empty. */
export function sameLog(actual: CellValue[][], expected: CellValue[][]): boolean {
  const rows = Math.max(actual.length, expected.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(actual[r]?.length ?? 0, expected[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) if (!sameCell(actual[r]?.[c] ?? null, expected[r]?.[c] ?? null)) return false;
  }
  return true;
}
