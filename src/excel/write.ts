/* global Excel */
import { LOG_SHEET_NAME } from "../core";
import type { CellValue, WritePlan } from "../core";
import type { WriteReceipt } from "../host/scoringHost";
import { packBatches } from "./chunking";
import type { TargetedBlock } from "./chunking";
import { hostError, partialWriteError, structureProtectedError } from "./errors";
import type { Lang } from "./errors";
import { contentAt, contentGrid, sameContent, valuesGrid, withCells, withValues } from "./readGrid";
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

export interface WriteOutcome {
  receipt: ExcelWriteReceipt;
  /** The sheet's content after the write, to compare against on the next write. */
  content: CellValue[][];
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
      const sheet = sheets.getItemOrNullObject(plan.sheet);
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
  try {
    await syncInBatches(
      context,
      packBatches(blocks, options.chunkBytes),
      (block) => {
        const target = block.target === LOG_SHEET_NAME ? logSheetForWrite() : sheet;
        const rows = block.values.length;
        target.getRangeByIndexes(block.top - 1, block.left - 1, rows, block.values[0].length).values = toExcelValues(block.values);
      },
      () => {
        if (!log && logExists) logSheetForWrite(); // an empty log: the old one is cleared
      },
    );
  } catch (error) {
    const partial: ExcelWriteReceipt = { ...receipt, partial: true };
    throw partialWriteError(error, options.lang, plan.sheet, partial);
  }
  return { receipt, content: withCells(current, plan.writes) };
}
