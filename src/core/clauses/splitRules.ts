import { foldWidth } from "../text/normalize";

const NUMBERING = /^(?:\(\d{1,2}\)|\d{1,2}[、.](?!\d)|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*/;
const ENDS_RULE = /[;。.!?:]$|分$|止$|除外\)?$/;

/**
 * One 评分标准 cell → its rules as written (half-width, numbering removed), one per ；/。-separated part.
 * A line break ends a rule only where the line reads as finished; cells pasted from PDFs break mid-rule.
 */
export function splitRules(text: string): string[] {
  const blocks: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = foldWidth(raw);
    if (!line) continue;
    const last = blocks.length - 1;
    if (last >= 0 && !ENDS_RULE.test(blocks[last]) && !NUMBERING.test(line)) blocks[last] += line;
    else blocks.push(line);
  }
  const rules: string[] = [];
  for (const block of blocks) {
    const parts = block
      .replace(/(\d)。(\d)/g, "$1.$2")
      .split(/[;。]|(?<=[分止])(?=\(\d{1,2}\)|[①-⑳])/);
    for (const part of parts) {
      const rule = part.replace(NUMBERING, "").trim();
      if (rule && !/^[,、.\s]+$/.test(rule)) rules.push(rule);
    }
  }
  return rules;
}

/** A rule that holds several deductions joined by commas, split into one text per deduction. */
export function splitAtCommas(rule: string, bearsAmount: (piece: string) => boolean): string[] {
  const groups: string[][] = [];
  let current: string[] = [];
  let currentBears = false;
  for (const piece of rule.split(",")) {
    const bears = bearsAmount(piece);
    if (bears && currentBears) {
      groups.push(current);
      current = [];
      currentBears = false;
    }
    current.push(piece);
    currentBears ||= bears;
  }
  groups.push(current);
  return groups.map((g) => g.join(",").replace(/^,+|,+$/g, "")).filter((g) => g.length > 0);
}
