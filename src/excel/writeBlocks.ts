import type { CellValue } from "../core";

/** A rectangle of cells to write at once: top-left (1-based) and its 2-D values. */
export interface Block {
  top: number;
  left: number;
  values: CellValue[][];
}

interface Run {
  row: number;
  left: number;
  values: CellValue[];
}

/**
 * Groups single-cell writes into rectangles: cells side by side in a row form a run, and runs with the same
 * columns in consecutive rows stack into one block. Only the given cells are covered, never a cell between them.
 */
export function groupBlocks(cells: readonly { row: number; col: number; value: CellValue }[]): Block[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Run[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.left + last.values.length === cell.col) last.values.push(cell.value);
    else if (!(last && last.row === cell.row && last.left + last.values.length > cell.col)) {
      runs.push({ row: cell.row, left: cell.col, values: [cell.value] });
    }
  }
  const blocks: (Block & { bottom: number })[] = [];
  const open = new Map<string, Block & { bottom: number }>();
  for (const run of runs) {
    const key = `${run.left}:${run.values.length}`;
    const block = open.get(key);
    if (block && block.bottom === run.row - 1) {
      block.values.push(run.values);
      block.bottom = run.row;
    } else {
      const next = {
        top: run.row,
        left: run.left,
        values: [run.values],
        bottom: run.row,
      };
      blocks.push(next);
      open.set(key, next);
    }
  }
  return blocks.map(({ top, left, values }) => ({ top, left, values }));
}

/** Rows padded with blanks to the widest row, as Range.values requires. */
export function rectangular(rows: readonly CellValue[][]): CellValue[][] {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  return rows.map((row) => (row.length === width ? row.slice() : row.concat(new Array<CellValue>(width - row.length).fill(null))));
}

/** Office.js leaves a cell unchanged where the array holds null; "" empties it. */
export function toExcelValues(values: readonly CellValue[][]): (string | number | boolean)[][] {
  return values.map((row) => row.map((v) => (v === null ? "" : v)));
}
