// Splitting works on the text as written (full-width or not), so that every clause keeps the sheet's own words.
const DIGIT = "[\\d０-９]";
const NUMBERING = new RegExp(
  `^(?:[(（]${DIGIT}{1,2}[)）]|${DIGIT}{1,2}[、.．](?!${DIGIT})|[①-⑳]|[一二三四五六七八九十]{1,3}、)[\\s\\u3000]*`,
);
const ENDS_RULE = /[;；。.．!！?？:：]$|分$|止$|除外[)）]?$/;
const RULE_BREAK = new RegExp(`[;；]|。(?!${DIGIT})|(?<=[分止])(?=[(（]${DIGIT}{1,2}[)）]|[①-⑳])`);

function trim(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/**
 * One 评分标准 cell → its rules as written (numbering removed), one per ；/。-separated part.
 * A line break ends a rule only where the line reads as finished; cells pasted from PDFs break mid-rule.
 */
export function splitRules(text: string): string[] {
  const blocks: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = trim(raw);
    if (!line) continue;
    const last = blocks.length - 1;
    if (last >= 0 && !ENDS_RULE.test(blocks[last]) && !NUMBERING.test(line)) blocks[last] += line;
    else blocks.push(line);
  }
  const rules: string[] = [];
  for (const block of blocks) {
    for (const part of block.split(RULE_BREAK)) {
      const rule = trim(part.replace(NUMBERING, ""));
      if (rule && !/^[,，、.。\s]+$/.test(rule)) rules.push(rule);
    }
  }
  return rules;
}

/** A rule that holds several deductions joined by commas, split into one text per deduction. */
export function splitAtCommas(rule: string, bearsAmount: (piece: string) => boolean): string[] {
  const tokens = rule.split(/([,，])/);
  const groups: string[] = [];
  let current = "";
  let currentBears = false;
  for (let i = 0; i < tokens.length; i += 2) {
    const piece = tokens[i];
    const separator = tokens[i - 1] ?? "";
    const bears = bearsAmount(piece);
    if (bears && currentBears) {
      groups.push(current);
      current = piece;
      currentBears = true;
      continue;
    }
    current += current ? separator + piece : piece;
    currentBears ||= bears;
  }
  groups.push(current);
  return groups.map((g) => trim(g.replace(/^[,，]+|[,，]+$/g, ""))).filter((g) => g.length > 0);
}
