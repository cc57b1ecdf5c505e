/* global Excel */
import { LOG_SHEET_NAME } from "../core";
import type { WriteReceipt } from "../host/scoringHost";
import { packBatches } from "./chunking";
import type { TargetedBlock } from "./chunking";
import { syncInBatches } from "./syncBatches";
import { groupBlocks, rectangular, toExcelValues } from "./writeBlocks";

/**
 * Puts back the cells and the log sheet a write replaced, in one sync (more only past the chunk size).
 * Cells go through Range.formulas so a formula that was there comes back as a formula.
 * The scored cells are queued first: if that sheet is gone, the batch fails before the log is touched.
 */
export async function undoWrite(context: Excel.RequestContext, receipt: WriteReceipt, chunkBytes: number): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getItem(receipt.sheet);
  const log = sheets.getItem(LOG_SHEET_NAME);
  const blocks: TargetedBlock[] = groupBlocks(receipt.previous).map((b) => ({
    ...b,
    target: receipt.sheet,
  }));
  const previousLog = receipt.previousLog;
  if (previousLog?.length)
    blocks.push({
      target: LOG_SHEET_NAME,
      top: 1,
      left: 1,
      values: rectangular(previousLog),
    });
  let logCleared = false;

  await syncInBatches(
    context,
    packBatches(blocks, chunkBytes),
    (block) => {
      const size = [block.values.length, block.values[0].length] as const;
      if (block.target !== LOG_SHEET_NAME) {
        sheet.getRangeByIndexes(block.top - 1, block.left - 1, ...size).formulas = toExcelValues(block.values);
        return;
      }
      if (!logCleared) log.getRange().clear("Contents");
      logCleared = true;
      log.getRangeByIndexes(block.top - 1, block.left - 1, ...size).values = toExcelValues(block.values);
    },
    () => {
      if (previousLog === null) log.delete();
      else if (!logCleared) log.getRange().clear("Contents");
    },
  );
}
