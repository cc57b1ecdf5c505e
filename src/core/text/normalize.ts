import { replaceZhNumerals } from "./numerals";

/** Full-width to half-width (NFKC), all kinds of spaces folded to one ASCII space, trimmed. */
export function foldWidth(text: string): string {
  return text.normalize("NFKC").replace(/[\t\u00a0\u3000 ]+/g, " ").trim();
}

/** Text ready for recognisers: half-width, numerals as digits, no spaces, "0。5" as 0.5, one range dash. */
export function normalizeRule(text: string): string {
  return replaceZhNumerals(
    foldWidth(text)
      .replace(/\s+/g, "")
      .replace(/(\d)[。．](\d)/g, "$1.$2")
      .replace(/[～〜~—–－]/g, "~"),
  );
}

/** Key for comparing names and substrings typed by people: half-width, no spaces or line breaks. */
export function normalizeKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** Header text as a key: no spaces, no bracketed remarks ("得分(100分)" → "得分"), no trailing colon. */
export function normalizeHeader(text: string): string {
  return normalizeKey(text)
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "")
    .replace(/[:：]$/, "");
}
