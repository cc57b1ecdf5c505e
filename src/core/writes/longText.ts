import type { CellValue } from "../types";

/** Most characters Excel keeps in one cell. */
export const MAX_CELL_TEXT = 32767;

/** 类型 of a log row that carries the rest of the texts of the row above it. */
export const CONTINUED = "（续）";

/**
 * One log row as several when a text is longer than a cell can hold: the first row keeps every value with each
 * text cut to the limit; the rows after it hold only the sheet (column 0), CONTINUED in `kindCol`, and the rest of
 * each long text. decodeLog joins them back.
 */
export function splitLongCells(row: CellValue[], kindCol: number, limit = MAX_CELL_TEXT): CellValue[][] {
  const long = (v: CellValue) => typeof v === "string" && v.length > limit;
  if (!row.some(long)) return [row];
  const first = row.map((v) => (long(v) ? (v as string).slice(0, limit) : v));
  const rows = [first];
  for (let from = limit; row.some((v) => typeof v === "string" && v.length > from); from += limit) {
    rows.push(
      row.map((v, col) => {
        if (col === 0) return v;
        if (col === kindCol) return CONTINUED;
        return typeof v === "string" && v.length > from ? v.slice(from, from + limit) : "";
      }),
    );
  }
  return rows;
}

/** A text cut to what one cell holds, ending with `more` when it had to be cut. */
export function fitCell(text: string, more: string, limit = MAX_CELL_TEXT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - more.length)}${more}`;
}
