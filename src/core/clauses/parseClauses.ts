import type { Clause } from "../types";

/** Splits one 评分标准 text into clauses, each with its kind and amounts. Never throws; never drops text. */
export function parseClauses(_text: string): Clause[] {
  throw new Error("not implemented");
}
