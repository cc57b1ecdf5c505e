/* global Excel */
import { LOG_SHEET_NAME } from "../core";
import type { CellValue, WritePlan } from "../core";
import type { WriteReceipt } from "../host/scoringHost";
import { packBatches } from "./chunking";
import type { TargetedBlock } from "./chunking";
import { hostError } from "./errors";
import type { Lang } from "./errors";
import { cellAt, contentGrid, queueUsedRange, sameContent, takeUsedRange, valuesGrid, withCells } from "./readGrid";
import { syncInBatches } from "./syncBatches";
import { groupBlocks, rectangular, toExcelValues } from "./writeBlocks";

export interface WriteOptions {
  lang: Lang;
  chunkBytes: number;
}

export interface WriteOutcome {
  receipt: WriteReceipt;
  /** The sheet's content after the write, to compare against on the next write. */
  content: CellValue[][];
}

/**
 * Sync 1 re-reads the target sheet, its protection and the log sheet; if the sheet is gone, protected or no
 * longer what was scanned (`scanned`), it rejects having written nothing. Sync 2 writes every block and the
 * whole log sheet (more syncs only when the payload exceeds the chunk size).
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  scanned: CellValue[][] | undefined,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getItemOrNullObject(plan.sheet);
  sheet.load("name");
  sheet.protection.load("protected");
  const used = queueUsedRange(sheet, true);
  const logSheet = sheets.getItemOrNullObject(LOG_SHEET_NAME);
  logSheet.load("name");
  logSheet.protection.load("protected");
  const logUsed = queueUsedRange(logSheet, false);
  await context.sync();

  if (sheet.isNullObject) throw hostError("missing-sheet", options.lang, plan.sheet);
  if (sheet.protection.protected) throw hostError("protected", options.lang, plan.sheet);
  if (!logSheet.isNullObject && logSheet.protection.protected) throw hostError("protected", options.lang, LOG_SHEET_NAME);
  const current = contentGrid(takeUsedRange(used, true));
  if (!scanned || !sameContent(scanned, current)) throw hostError("stale", options.lang, plan.sheet);

  const receipt: WriteReceipt = {
    sheet: plan.sheet,
    previous: plan.writes.map(({ row, col }) => ({
      row,
      col,
      value: cellAt(current, row, col),
    })),
    previousLog: logSheet.isNullObject ? null : valuesGrid(takeUsedRange(logUsed, false)),
  };

  const blocks: TargetedBlock[] = groupBlocks(plan.writes).map((b) => ({
    ...b,
    target: plan.sheet,
  }));
  if (plan.log.length)
    blocks.push({
      target: LOG_SHEET_NAME,
      top: 1,
      left: 1,
      values: rectangular(plan.log),
    });
  let log: Excel.Worksheet = logSheet;
  if (logSheet.isNullObject) {
    if (plan.log.length) log = sheets.add(LOG_SHEET_NAME);
  } else {
    log.getRange().clear("Contents");
  }
  await syncInBatches(context, packBatches(blocks, options.chunkBytes), (block) => {
    const target = block.target === LOG_SHEET_NAME ? log : sheet;
    const rows = block.values.length;
    target.getRangeByIndexes(block.top - 1, block.left - 1, rows, block.values[0].length).values = toExcelValues(block.values);
  });
  return { receipt, content: withCells(current, plan.writes) };
}
