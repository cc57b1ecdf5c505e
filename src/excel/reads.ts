/* global Excel */
import type { CellValue } from "../core";
import { estimateJsonBytes } from "./chunking";
import { isResponseTooLarge } from "./errors";
import { loadRange, queueUsedRange, takeUsedRange } from "./readGrid";
import type { Load, UsedRangeSnapshot } from "./readGrid";

/**
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded) as it refuses a request.
 * Every read is therefore done in one of two modes:
 * - "whole": each range is loaded in the caller's first sync (the fast path; scan and write stay within 2 syncs);
 * - "bands": the caller's first sync loads only the used ranges' position and size; `finish` then reads every
 *   range in row bands of about `budget` bytes, one sync per band (a band Excel still refuses is halved).
 * `readWithFallback` tries "whole" and, when Excel answers ResponsePayloadSizeLimitExceeded, starts again in
 * "bands" (the first sync only reads, so nothing was changed by the failed attempt).
 */
export type ReadMode = "whole" | "bands";

/** Response bytes per band asked for in "bands" mode. */
export const DEFAULT_READ_BYTES = 3_000_000;

/** A guess of bytes per cell and array before any band has been measured (refined after each band). */
const INITIAL_BYTES_PER_CELL = 64;
/** The least a cell can cost in a response ("" and a comma): below this no estimate can fit. */
const MIN_BYTES_PER_CELL = 3;
const RESPONSE_LIMIT = 5 * 1024 * 1024;

/** What a rectangle read returned: `values` and/or `formulas`, as `load` asked. */
export interface RectValues {
  values?: unknown[][];
  formulas?: unknown[][];
}

interface Rect extends RectValues {
  sheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  load: Load;
}

function emptyRect(sheet: Excel.Worksheet, rowIndex: number, columnIndex: number, rowCount: number, columnCount: number, load: Load): Rect {
  return {
    sheet,
    rowIndex,
    columnIndex,
    rowCount,
    columnCount,
    load,
    values: load === "formulas" ? undefined : [],
    formulas: load === "values" ? undefined : [],
  };
}

/** How many arrays a load returns per cell (values and formulas: 2). */
function arrays(load: Load): number {
  return load === "values, formulas" ? 2 : 1;
}

/** True when even empty cells would not fit one response: the fast path is then not tried. */
export function surelyTooLarge(cells: number): boolean {
  return cells * MIN_BYTES_PER_CELL * 2 > RESPONSE_LIMIT;
}

export class Reads {
  private readonly rects: Rect[] = [];
  private readonly shapes: { used: Excel.Range; sheet: Excel.Worksheet; load: Load; rect: Rect | null }[] = [];

  constructor(readonly mode: ReadMode) {}

  /**
   * Queues a sheet's used range (values only, so formatting does not inflate it), loading `load`; take the
   * snapshot after `finish`.
   */
  usedRange(sheet: Excel.Worksheet, load: Load): () => UsedRangeSnapshot | null {
    if (this.mode === "whole") {
      const used = queueUsedRange(sheet, load);
      return () => takeUsedRange(used, load);
    }
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex, columnIndex, rowCount, columnCount");
    const shape = { used, sheet, load, rect: null as Rect | null };
    this.shapes.push(shape);
    return () => {
      const rect = shape.rect;
      if (!rect) return null;
      return { rowIndex: rect.rowIndex, columnIndex: rect.columnIndex, values: rect.values, formulas: rect.formulas };
    };
  }

  /** Queues a rectangle (0-based position) of `load` (values and/or formulas); take them after `finish`. */
  rect(sheet: Excel.Worksheet, rowIndex: number, columnIndex: number, rowCount: number, columnCount: number, load: Load): () => RectValues {
    if (this.mode === "whole") {
      const range = sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount);
      loadRange(range, load);
      return () => takeRange(range, load);
    }
    const rect = emptyRect(sheet, rowIndex, columnIndex, rowCount, columnCount, load);
    this.rects.push(rect);
    return () => rect;
  }

  /** After the caller's first sync: in "bands" mode reads everything queued, one sync per band. */
  async finish(context: Excel.RequestContext, budget: number): Promise<void> {
    if (this.mode === "whole") return;
    const rects: Rect[] = [];
    for (const shape of this.shapes) {
      if (shape.used.isNullObject) continue;
      const { rowIndex, columnIndex, rowCount, columnCount } = shape.used;
      shape.rect = emptyRect(shape.sheet, rowIndex, columnIndex, rowCount, columnCount, shape.load);
      rects.push(shape.rect);
    }
    await readInBands(context, rects.concat(this.rects), budget);
  }
}

/** A loaded range's arrays, after the sync. */
function takeRange(range: Excel.Range, load: Load): RectValues {
  return {
    values: load === "formulas" ? undefined : range.values,
    formulas: load === "values" ? undefined : range.formulas,
  };
}

interface Band {
  rect: Rect;
  rows: number;
  range: Excel.Range;
}

/** Reads the rectangles in order, packing row bands of about `budget` bytes into each sync. */
async function readInBands(context: Excel.RequestContext, rects: Rect[], budget: number): Promise<void> {
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let index = 0;
  let done = 0; // rows of rects[index] already read
  while (index < rects.length) {
    const bands: Band[] = [];
    let estimate = 0;
    let [i, offset] = [index, done];
    while (i < rects.length) {
      const rect = rects[i];
      const rowBytes = rect.columnCount * bytesPerCell * arrays(rect.load) + 8;
      const room = Math.floor((budget - estimate) / rowBytes);
      if (bands.length && room < 1) break;
      const rows = Math.min(rect.rowCount - offset, Math.max(1, room));
      if (rows > 0) {
        const range = rect.sheet.getRangeByIndexes(rect.rowIndex + offset, rect.columnIndex, rows, rect.columnCount);
        loadRange(range, rect.load);
        bands.push({ rect, rows, range });
        estimate += rows * rowBytes;
        offset += rows;
      }
      if (offset >= rect.rowCount) [i, offset] = [i + 1, 0];
    }
    if (!bands.length) break;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per band is the point: Excel on the web refuses a response over 5 MB
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || (bands.length === 1 && bands[0].rows === 1)) throw error;
      bytesPerCell *= 2; // the guess was too low: ask for half as much from the same place
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const { rect, rows, range } of bands) {
      if (rect.values) {
        const values = range.values;
        rect.values.push(...values);
        bytes += estimateJsonBytes(values as CellValue[][]);
        cells += rows * rect.columnCount;
      }
      if (rect.formulas) {
        const formulas = range.formulas;
        rect.formulas.push(...formulas);
        bytes += estimateJsonBytes(formulas as CellValue[][]);
        cells += rows * rect.columnCount;
      }
    }
    // The next bands are sized on what this one really cost (with a margin), never below a floor.
    bytesPerCell = Math.max(MIN_BYTES_PER_CELL, Math.ceil((bytes / Math.max(1, cells)) * 1.25));
    [index, done] = [i, offset];
  }
}

/**
 * Runs `queue` (which queues the loads of a first sync and returns what to take from them) in "whole" mode, and
 * again in "bands" mode when Excel refuses the response as too large (or `startInBands`). The first sync must only
 * read: a failed attempt then leaves the workbook as it was.
 */
export async function readWithFallback<T>(
  context: Excel.RequestContext,
  budget: number,
  queue: (reads: Reads) => () => T,
  startInBands = false,
): Promise<T> {
  if (!startInBands) {
    const reads = new Reads("whole");
    const take = queue(reads);
    try {
      await context.sync();
      return take();
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
    }
  }
  const reads = new Reads("bands");
  const take = queue(reads);
  await context.sync();
  await reads.finish(context, budget);
  return take();
}
