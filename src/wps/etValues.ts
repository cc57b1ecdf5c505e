// What ET returns for a range's Value2 or Formula, as rows of cells. Builds differ: a scalar for one cell, rows
// of cells for a block, and in some builds a flat array for a range one row high (or one column wide). A
// property may also arrive as a method, as VBA's parameterised Value does.
import type { CellValue } from "../core";
import type { EtRange } from "./etModel";

export function readProperty(range: EtRange, name: "Value2" | "Formula"): unknown {
  const raw = (range as unknown as Record<string, unknown>)[name];
  return typeof raw === "function" ? (raw as () => unknown).call(range) : raw;
}

/** `raw` as `rows` × `cols` cells. */
export function asRows(raw: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length > 0 && !Array.isArray(raw[0])) {
    const flat = raw as unknown[];
    return rows === 1 ? [flat.slice(0, cols)] : flat.slice(0, rows).map((v) => [v]);
  }
  return raw as unknown[][];
}

/** ET reports an empty cell as "" or undefined; the domain uses null. Error values come as text (#REF!). */
export function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * A cell holds a formula when its formula text starts with "=" and is not its value: a text constant "=见附件"
 * reads the same from both.
 */
export function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null;
}
