// Helpers for the recogniser tests: run one recogniser on a rule as the parser would (normalised, modifiers taken out).
import { readModifiers } from "../../../src/core/clauses/modifiers";
import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import type { Recognizer } from "../../../src/core/clauses/recognizers";
import { normalizeRule } from "../../../src/core/text/normalize";
import type { Clause } from "../../../src/core/types";

export function run(recognizer: Recognizer, text: string) {
  return recognizer(readModifiers(normalizeRule(text)).rest);
}

/** The one clause a cell's text parses to (fails when it is not exactly one). */
export function only(text: string): Clause {
  const clauses = parseClauses(text);
  expect(clauses.map((c) => c.text)).toHaveLength(1);
  return clauses[0];
}
