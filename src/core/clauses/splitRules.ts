// Splitting works on the text as written (full-width or not), so that every clause keeps the sheet's own words.
const DIGIT = "[\\d０-９]";
const ZH_DIGIT = "[一二三四五六七八九十]";
/** A rule's number: (1) （１） (一) 1、 1. ① 一、 */
const MARKER = `[(（](?:${DIGIT}{1,2}|${ZH_DIGIT}{1,3})[)）]|${DIGIT}{1,2}[、.．](?!${DIGIT})|[①-⑳]|${ZH_DIGIT}{1,3}、`;
const NUMBERING = new RegExp(`^(?:${MARKER})[\\s\\u3000]*`);
/**
 * A line that reads as finished: punctuation, an amount (扣2分, 扣两分, 不得分, 酌情扣分, 分值), 为止, 除外.
 * Not any 分: a cell broken after 充分 or 积分 is broken mid-word.
 */
const ENDS_RULE = new RegExp(
  `[;；。.．!！?？:：]$|(?:${DIGIT}|[扣加减奖得计至到~～-][零〇一二两三四五六七八九十百半]+|不得|不计|扣|满)[\\s\\u3000]*分[)）]?$|分[值数]$|止$|除外[)）]?$`,
);
/** Where a finished rule (…分, …止, …除外) is followed, maybe after spaces or punctuation, by the next rule's number. */
const NUMBERED_NEXT = `(?=${MARKER})(?<=(?:分|止|除外[)）]?)[\\s\\u3000,，、;；.．。]*)`;
const RULE_BREAK = new RegExp(`[;；]|。(?![\\d０-９)）])|${NUMBERED_NEXT}`);
/** Cheap test for a character that can start a rule's number, so most blocks skip the lookbehind. */
// Not a decimal (扣0.5分): a number's point followed by a digit starts no rule.
const MARKER_START = new RegExp(`[(（](?:${DIGIT}|${ZH_DIGIT})|[①-⑳]|(?:${DIGIT}|${ZH_DIGIT})[、.．](?!${DIGIT})`);
const SIMPLE_BREAK = new RegExp(`[;；]|。(?![\\d０-９)）])`);
const ONLY_PUNCTUATION = /^[,，、.。\s]+$/;
/** 加：…, 减：…: a list of conditions for adding or taking off points, one rule however many ； it holds. */
const PLUS_MINUS = /^[加减](?:分)?[:：]/;
/** After a finished amount (得1分 缺1个科室…), a space starts the next rule. */
const SPACE_AFTER_AMOUNT = /(?<=分)[ \u3000]+(?=\S)/;
/** Left at the end of a rule by a split before a number: "扣2分，" of "扣2分，2、…". */
const TRAILING = new Set([..." \t\r\n\u00a0\u3000,，、;；。"].map((c) => c.charCodeAt(0)));

function trim(text: string): string {
  return text.trim();
}

function dropTrailingSeparators(rule: string): string {
  let end = rule.length;
  while (end > 0 && TRAILING.has(rule.charCodeAt(end - 1))) end--;
  return end === rule.length ? rule : rule.slice(0, end);
}

function dropNumbering(part: string): string {
  const m = NUMBERING.exec(part);
  return m ? part.slice(m[0].length) : part;
}

/**
 * One 评分标准 cell → its rules as written (numbering removed), one per ；/。-separated or numbered part.
 * A line break ends a rule only where the line reads as finished; cells pasted from PDFs break mid-rule.
 */
export function splitRules(text: string): string[] {
  const blocks: string[] = [];
  const lines = text.includes("\n") ? text.split(/\r?\n/) : [text];
  for (const raw of lines) {
    const line = trim(raw);
    if (!line) continue;
    const last = blocks.length - 1;
    if (last >= 0 && !ENDS_RULE.test(blocks[last]) && !NUMBERING.test(line) && !PLUS_MINUS.test(line)) blocks[last] += line;
    else blocks.push(line);
  }
  const rules: string[] = [];
  for (const block of blocks) {
    let parts = PLUS_MINUS.test(block) ? [block] : block.split(MARKER_START.test(block) ? RULE_BREAK : SIMPLE_BREAK);
    if (block.includes(" ") || block.includes("\u3000")) parts = parts.flatMap((part) => part.split(SPACE_AFTER_AMOUNT));
    for (const part of parts) {
      const rule = dropTrailingSeparators(trim(dropNumbering(trim(part))));
      if (rule && !ONLY_PUNCTUATION.test(rule)) rules.push(rule);
    }
  }
  return rules;
}

/** How a comma piece takes part in splitting a rule. */
export type PieceRole =
  /** Bears its own amount (扣2分, 每项扣1分, 不得分, 加1分 …): two of them are two clauses. */
  | "amount"
  /** Positive wording (无事故得10分): a clause of its own, apart from the deductions beside it. */
  | "award"
  /** Only a cap (最多扣5分): after several deductions it caps them together, so it stands alone. */
  | "cap"
  /** Only a limit or exception for the clause before it (扣完为止, 最多计3人, 嵯岗除外): joins that clause. */
  | "modifier"
  /** Anything else: a lead-in or a condition. It joins the amount it stands before (a new clause after an amount), or the clause before it. */
  | "text";

function bears(role: PieceRole): boolean {
  return role === "amount" || role === "award";
}

/** True when, after the piece at `i`, conditions lead to an amount of their own (…扣4分,专职安全员不在岗的,每少1人扣2分). */
function leadsToAmount(roles: PieceRole[], i: number): boolean {
  for (let j = i + 1; j < roles.length; j++) {
    if (roles[j] !== "text") return bears(roles[j]);
  }
  return false;
}

/**
 * A rule that holds several deductions joined by commas, split into one text per deduction.
 * A condition after one deduction and before another starts the second clause; a cap that follows more than one
 * deduction becomes a text of its own (the caller reads it as the row's cap).
 */
export function splitAtCommas(rule: string, roleOf: (piece: string, index: number) => PieceRole): string[] {
  const tokens = rule.split(/([,，])/);
  const roles: PieceRole[] = [];
  for (let i = 0; i < tokens.length; i += 2) roles.push(roleOf(tokens[i], i / 2));
  const groups: string[] = [];
  let current = "";
  let currentRole: PieceRole = "text";
  let deductions = 0;
  for (let i = 0; i < tokens.length; i += 2) {
    const piece = tokens[i];
    const separator = tokens[i - 1] ?? "";
    const role = roles[i / 2];
    const currentBears = bears(currentRole);
    const newCondition = role === "text" && currentBears && leadsToAmount(roles, i / 2);
    if ((bears(role) && currentBears) || (role === "cap" && deductions > 1) || currentRole === "cap" || newCondition) {
      groups.push(current);
      current = piece;
      currentRole = role;
    } else {
      current += current ? separator + piece : piece;
      if (bears(role) && !currentBears) currentRole = role;
    }
    if (role === "amount") deductions++;
  }
  groups.push(current);
  return groups.map((g) => dropTrailingSeparators(trim(g))).filter((g) => g.length > 0);
}
