import type { Clause } from "../../types";

/** 学生按顺序排队、动作规范:得满分 — the condition for full marks, stated before the deductions from them. */
const FULL_MARKS_LEAD = /[:：,，]?\s*(?:得|计|给)满分[。.．;；]?$/;
/** 此处不失分, 不扣分, 该项不作为扣分项: a case where nothing is deducted, a note on the rule before it. */
const NO_LOSS = /不失分|不扣分|不作为扣分项/;
/** 查看记录；查看台账: how to check, one check per sentence; each stays apart so a finding can name the one that failed. */
const METHOD_NOTE = /^(?:查看|查阅|检查|抽查|现场|实地|询问|听取|核查|核对)/;

/** An unread clause that no modifier touched: text with no rule in it. */
function isPlainText(clause: Clause): boolean {
  return (
    clause.unread === true &&
    clause.cap === undefined &&
    clause.maxCount === undefined &&
    !clause.untilExhausted &&
    clause.except === undefined
  );
}

/**
 * Joins text that is no rule of its own to the clause it speaks of, so it does not stand as an unread clause: the
 * full-marks condition before a cell's deductions goes to the first of them, a no-deduction note to the clause before
 * it. Never drops text.
 */
export function foldNotes(text: string, clauses: Clause[]): Clause[] {
  if (clauses.length < 2) return clauses;
  // A full-marks line of its own (全部完成的得满分⏎资料不全的扣1分) stays a line of its own, as the author set it.
  const lines = text.trim().includes("\n");
  const out: Clause[] = [];
  let lead = "";
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (i === 0 && !lines && isPlainText(clause) && FULL_MARKS_LEAD.test(clause.text) && !isPlainText(clauses[1])) {
      lead = clause.text;
      continue;
    }
    const previous = out[out.length - 1];
    if (previous && isPlainText(clause) && NO_LOSS.test(clause.text)) {
      previous.text = `${previous.text}；${clause.text}`;
      continue;
    }
    if (lead) {
      clause.text = `${lead}；${clause.text}`;
      lead = "";
    }
    out.push(clause);
  }
  return out;
}

/**
 * A cell none of whose sentences holds a rule (述职,并评议;半年和年底各一次) is one requirement: one unread clause with
 * the cell's text, not one per sentence, since the assessor judges it as a whole.
 */
export function asOneRequirement(text: string, clauses: Clause[]): Clause[] {
  // Lines are kept apart: each line of a cell is often a standard of its own (…。(1分)⏎…。(1分)).
  if (clauses.length < 2 || text.trim().includes("\n") || !clauses.every(isPlainText)) return clauses;
  if (clauses.some((c) => METHOD_NOTE.test(c.text))) return clauses;
  return [{ index: 1, text: text.trim(), kind: "manual", amount: null, unread: true }];
}
