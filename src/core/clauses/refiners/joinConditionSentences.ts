import { isBareCondition, readRaw } from "../reading";

// A sentence that only states a condition holds no 扣 nor 否决; most rules do, and skip the reading.
const MAY_BEAR_AMOUNT = /扣|否决/;
/** An amount that speaks of the items listed before it: 每项…各扣2分. */
const BACK_REFERENCE = /每项|每条|各扣/;
/** A full stop or colon after a description: what follows is the rule about it. */
const SENTENCE_END = /[。.．:：]\s*$/;
/** (1个0.5分,共3分): a bracketed amount after a requirement; the parser reads it as that requirement's rule. */
const BRACKETED = /^[(（][^()（）]*[)）]$/;

/** Where each rule stands in the cell (start of its text; -1 when the splitter changed it). */
function positions(cell: string, rules: string[]): number[] {
  let from = 0;
  return rules.map((rule) => {
    const at = cell.indexOf(rule, from);
    if (at >= 0) from = at + rule.length;
    return at;
  });
}

/**
 * Joins sentences that state only a condition or a requirement to the rule with the amount they lead to:
 * `…垃圾落地。每发现1处扣0.5分。` (the amount comes first in its sentence), `年学习不少于规定学时;…,每项不达标各扣2分`
 * (the amount counts the items listed before it), `村两委关系:班子…关系协调。班子不健全扣1分…` (a description ended by a
 * full stop, then its rules). A description before ； and a rule with its own condition stay apart
 * (`查看档案材料；没有计划的扣1分`). The joined text is the cell's own, separators included.
 */
export function joinConditionSentences(cell: string, rules: string[]): string[] {
  if (rules.length < 2 || rules.every((rule) => MAY_BEAR_AMOUNT.test(rule))) return rules;
  const at = positions(cell, rules);
  const textOf = (from: number, to: number): string => {
    const start = at[from];
    const end = at[to] < 0 ? -1 : at[to] + rules[to].length;
    if (start < 0 || end < 0 || rules.slice(from, to + 1).some((_, k) => at[from + k] < 0)) return rules.slice(from, to + 1).join("。");
    return cell.slice(start, end);
  };
  const out: string[] = [];
  let pending = -1;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const bare = !MAY_BEAR_AMOUNT.test(rule) && isBareCondition(readRaw(rule));
    if (bare) {
      if (pending < 0) pending = i;
      continue;
    }
    if (pending >= 0) {
      const amount = readRaw(rule).rule;
      const before = at[i] >= 0 && at[i - 1] >= 0 ? cell.slice(at[i - 1], at[i]) : "";
      const joins =
        amount !== null && !BRACKETED.test(rule) && (amount.start === 0 || BACK_REFERENCE.test(rule) || SENTENCE_END.test(before));
      if (joins) {
        out.push(textOf(pending, i));
        pending = -1;
        continue;
      }
      for (let k = pending; k < i; k++) out.push(rules[k]);
      pending = -1;
    }
    out.push(rule);
  }
  if (pending >= 0) for (let k = pending; k < rules.length; k++) out.push(rules[k]);
  return out;
}
