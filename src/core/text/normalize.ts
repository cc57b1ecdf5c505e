import { replaceZhNumerals } from "./numerals";

// Text of only ASCII, common ideographs and CJK punctuation is already NFKC-stable; skipping the call is most of the speed.
// eslint-disable-next-line no-control-regex -- the ASCII range (control characters included) is NFKC-stable
const NEEDS_NFKC = /[^\u0000-\u007f\u4e00-\u9fff\u3001\u3002\u201c\u201d\u2018\u2019\u300a-\u3011]/;

export function nfkc(text: string): string {
  return NEEDS_NFKC.test(text) ? text.normalize("NFKC") : text;
}

// A character outside these is a space of some kind or may change under NFKC; without one (most names and numbers)
// the text is folded already, found in one scan.
const NEEDS_FOLD = /[^\u0021-\u007e\u4e00-\u9fff\u3001\u3002\u201c\u201d\u2018\u2019\u300a-\u3011]/;

/** Full-width to half-width (NFKC), all kinds of spaces folded to one ASCII space, trimmed. */
export function foldWidth(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  return nfkc(text)
    .replace(/[\t\u00a0\u3000 ]+/g, " ")
    .trim();
}

const RULE_FOLD = /\s+|(\d)[。．](?=\d)|[～〜~—–－]/g;

/** Text ready for recognisers: half-width, numerals as digits, no spaces, "0。5" as 0.5, one range dash. */
export function normalizeRule(text: string): string {
  const folded = nfkc(text).replace(RULE_FOLD, (match: string, digit: string | undefined) =>
    digit !== undefined ? `${digit}.` : /\s/.test(match) ? "" : "~",
  );
  return replaceZhNumerals(folded);
}

/** Key for comparing names and substrings typed by people: half-width, no spaces or line breaks. */
export function normalizeKey(text: string): string {
  return nfkc(text).replace(/\s+/g, "");
}

/** Header text as a key: no spaces, no bracketed remarks ("得分(100分)" → "得分"), no trailing colon. */
export function normalizeHeader(text: string): string {
  return normalizeKey(text)
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, "")
    .replace(/[:：]$/, "");
}
