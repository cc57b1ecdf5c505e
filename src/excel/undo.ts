/* global Excel */
import { LOG_SHEET_NAME } from "../core";
import type { CellValue } from "../core";
import type { WriteReceipt } from "../host/scoringHost";
import { packBatches } from "./chunking";
import type { TargetedBlock } from "./chunking";
import { foreignReceiptError, hostError, structureProtectedError, undoStaleError } from "./errors";
import type { Lang } from "./errors";
import { formulaOf, sameCell, valuesGrid } from "./readGrid";
import { readWithFallback, surelyTooLarge } from "./reads";
import type { RectValues } from "./reads";
import { logTargetOnDemand } from "./logTarget";
import { isExcelReceipt } from "./write";
import type { ExcelWriteReceipt } from "./write";
import { syncInBatches } from "./syncBatches";
import { groupBlocks, rectangular, toExcelValue, toExcelValues } from "./writeBlocks";

export interface UndoOptions {
  lang: Lang;
  chunkBytes: number;
  readBytes: number;
}

/**
 * Puts back the cells and the log sheet a write replaced, in two syncs (more only past the chunk size or the
 * response limit).
 * Sync 1 reads the written cells (values and formulas), the sheet's protection, the log sheet and the
 * workbook's structure protection. If a cell no longer holds what the write put there (or, after a write that
 * failed part way, what was there before), or the log sheet was edited, it rejects with "stale" and changes
 * nothing: undo never overwrites an edit made after the fill. A log sheet deleted since is no edit to protect:
 * it is added back when there was a log before the write.
 * Sync 2 restores the cells first — constants through Range.values with the text prefix rule, blocks holding a
 * formula through Range.formulas — then the log sheet.
 */
export async function undoWrite(
  context: Excel.RequestContext,
  receipt: WriteReceipt,
  options: UndoOptions,
  /** The sheet's id when known (a sheet renamed since is still found). */
  sheetId?: string,
): Promise<void> {
  if (!isExcelReceipt(receipt)) throw foreignReceiptError(options.lang);
  const sheets = context.workbook.worksheets;
  const writtenBlocks = groupBlocks(receipt.written);
  const checkLog = receipt.writtenLog !== null && !receipt.partial;
  const cells = receipt.written.length * 2 + (checkLog ? (receipt.writtenLog?.length ?? 0) * (receipt.writtenLog?.[0]?.length ?? 0) : 0);

  const state = await readWithFallback(
    context,
    options.readBytes,
    (reads) => {
      const sheet = sheets.getItem(sheetId ?? receipt.sheet); // gone: ItemNotFound → missing-sheet naming the scored sheet
      sheet.protection.load("protected");
      const blocks = writtenBlocks.map((b) =>
        reads.rect(sheet, b.top - 1, b.left - 1, b.values.length, b.values[0].length, "values, formulas"),
      );
      const log = sheets.getItemOrNullObject(LOG_SHEET_NAME);
      log.load("name");
      log.protection.load("protected");
      const logUsed = checkLog ? reads.usedRange(log, "values") : null;
      const structure = context.workbook.protection;
      structure.load("protected");
      return () => ({
        sheet,
        log,
        blocks: blocks.map((take) => take()),
        logUsed: logUsed ? logUsed() : null,
        structureProtected: structure.protected,
      });
    },
    surelyTooLarge(cells),
  );
  const { sheet, log } = state;
  const logExists = !log.isNullObject;
  const logValues = logExists && checkLog ? valuesGrid(state.logUsed) : null;

  if (sheet.protection.protected) throw hostError("protected", options.lang, receipt.sheet);
  const edited = firstEditedCell(receipt, writtenBlocks, state.blocks);
  if (edited) throw undoStaleError(options.lang, receipt.sheet, edited);
  if (checkLog && logValues && receipt.writtenLog && !sameLog(logValues, receipt.writtenLog)) {
    throw undoStaleError(options.lang, LOG_SHEET_NAME);
  }

  const previousLog = receipt.previousLog;
  // What happens to the log: put the old one back (into the sheet, or a new one if it was deleted), or remove
  // the one the write added; a log the write did not touch is left alone.
  const restoreLog = previousLog !== null;
  const removeLog = previousLog === null && receipt.writtenLog !== null && logExists;
  if ((restoreLog || removeLog) && logExists && log.protection.protected) throw hostError("protected", options.lang, LOG_SHEET_NAME);
  if (((restoreLog && !logExists) || removeLog) && state.structureProtected) throw structureProtectedError(options.lang, LOG_SHEET_NAME);

  const formulaCells = new Set(receipt.previous.filter((p) => p.formula).map((p) => `${p.row}:${p.col}`));
  const blocks: TargetedBlock[] = groupBlocks(receipt.previous).map((b) => ({ ...b, target: receipt.sheet }));
  if (restoreLog && previousLog.length) blocks.push({ target: LOG_SHEET_NAME, top: 1, left: 1, values: rectangular(previousLog) });
  const logSheet = logTargetOnDemand(sheets, log, logExists);

  await syncInBatches(
    context,
    packBatches(blocks, options.chunkBytes),
    (block) => {
      const size = [block.values.length, block.values[0].length] as const;
      if (block.target === LOG_SHEET_NAME) {
        logSheet().getRangeByIndexes(block.top - 1, block.left - 1, ...size).values = toExcelValues(block.values);
        return;
      }
      // Formula text goes as it is, constants with the text prefix rule; Range.formulas takes both.
      let anyFormula = false;
      const input = block.values.map((row, r) =>
        row.map((value, c) => {
          const isFormula = formulaCells.has(`${block.top + r}:${block.left + c}`);
          anyFormula ||= isFormula;
          return isFormula ? String(value) : toExcelValue(value);
        }),
      );
      const range = sheet.getRangeByIndexes(block.top - 1, block.left - 1, ...size);
      if (anyFormula) range.formulas = input;
      else range.values = input;
    },
    () => {
      if (removeLog) log.delete();
      else if (restoreLog) logSheet(); // an empty previous log: the sheet is cleared (or added back)
    },
  );
}

/** A1 address of the first written cell that holds neither what the write put there nor what was there before. */
function firstEditedCell(
  receipt: ExcelWriteReceipt,
  blocks: { top: number; left: number; values: CellValue[][] }[],
  read: RectValues[],
): string | null {
  const before = new Map(receipt.previous.map((p) => [`${p.row}:${p.col}`, p]));
  for (const [b, block] of blocks.entries()) {
    const { values, formulas } = read[b];
    for (const [r, row] of block.values.entries()) {
      for (const [c, written] of row.entries()) {
        const value = values?.[r]?.[c];
        const formula = formulaOf(formulas?.[r]?.[c], value);
        const row1 = block.top + r;
        const col1 = block.left + c;
        const previous = before.get(`${row1}:${col1}`);
        const asWritten = formula === null && sameCell(value, written);
        const asBefore = previous?.formula
          ? formula === previous.value
          : formula === null && previous !== undefined && sameCell(value, previous.value);
        if (!asWritten && !asBefore) return a1(row1, col1);
      }
    }
  }
  return null;
}

function sameLog(actual: CellValue[][], written: CellValue[][]): boolean {
  const rows = Math.max(actual.length, written.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(actual[r]?.length ?? 0, written[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) if (!sameCell(actual[r]?.[c] ?? null, written[r]?.[c] ?? null)) return false;
  }
  return true;
}

function a1(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
