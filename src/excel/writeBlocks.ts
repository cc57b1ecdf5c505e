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

/**
 * Excel parses a string written through Range.values (or .formulas) as if it were typed: "=计划未见" becomes a
 * formula, "1-2" a date, "001" the number 1, "TRUE" a boolean, "2023" a number. A leading apostrophe — Excel's
 * text prefix, not part of the value — keeps such a string as the text it is. We are generous: every string
 * holding a digit (any script), starting with anything but a letter (= + - @ ' # ( . $ space …), or spelling a
 * boolean gets it. Plain words ("目标项目", "deduct") are written as they are.
 */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  if (/\p{Nd}/u.test(text) || !/^\p{L}/u.test(text)) return true;
  return BOOLEAN_WORDS.has(text.trim().toUpperCase());
}

// TRUE/FALSE as Excel spells them in the languages whose workbooks are likely here (zh and en use TRUE/FALSE).
const BOOLEAN_WORDS = new Set(["TRUE", "FALSE", "WAHR", "FALSCH", "VRAI", "FAUX", "VERDADERO", "FALSO", "VERO"]);

/** One cell as Range.values should receive it: null empties the cell (Office.js would leave it unchanged), text is protected. */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string" && needsTextPrefix(value)) return `'${value}`;
  return value;
}

/** A 2-D array for Range.values (or .formulas, for constants): see toExcelValue. */
export function toExcelValues(values: readonly CellValue[][]): (string | number | boolean)[][] {
  return values.map((row) => row.map(toExcelValue));
}
