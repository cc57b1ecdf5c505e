import type { Clause } from "../types";
import { parseCriteria } from "./parseCriteria";

/** Splits one 评分标准 text into clauses, each with its kind and amounts. Never throws; never drops text. */
export function parseClauses(text: string): Clause[] {
  return parseCriteria(text).clauses;
}
