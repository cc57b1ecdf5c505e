import { addExact, subExact } from "../exact";
import { bestOnly, remarkMessage } from "../messages/remarkMessages";
import { listArg } from "../problemMessages";
import { problem } from "../problems";
import type { Item, ItemScore, Problem, ScoreResult, SheetModel, SheetRule } from "../types";

type ZeroRule = Extract<SheetRule, { kind: "zeroIfAnyZero" | "zeroIfGroupBelow" }>;

const inGroup = (item: Item, group: string) => item.group === group || (item.path ?? []).includes(group);

/**
 * The zero rule the scores meet (an item of the group at 0, or the group's sum under its minimum), with the problem
 * that says so; null when none is met. `scoreOf` gives an item's score (null: not scored).
 */
export function zeroingRule(model: SheetModel, scoreOf: (item: Item) => number | null, sum: number): Problem | null {
  for (const rule of model.sheetRules ?? []) {
    if (rule.kind !== "zeroIfAnyZero" && rule.kind !== "zeroIfGroupBelow") continue;
    const members = model.items.filter((it) => inGroup(it, rule.group) && it.points !== null && it.points > 0);
    if (members.length === 0) continue;
    const met = zeroCause(rule, members, scoreOf);
    if (met) return problem("warning", "sheet-rule-zeroed", rule.cell, { rule: rule.text, group: rule.group, sum, ...met });
  }
  return null;
}

function zeroCause(
  rule: ZeroRule,
  members: Item[],
  scoreOf: (item: Item) => number | null,
): { item: string } | { groupSum: number; min: number } | null {
  if (rule.kind === "zeroIfAnyZero") {
    const zero = members.find((it) => scoreOf(it) === 0);
    return zero ? { item: zero.name } : null;
  }
  let groupSum = 0;
  for (const it of members) {
    const score = scoreOf(it);
    if (score === null) return null;
    groupSum = addExact(groupSum, score);
  }
  return groupSum < rule.min ? { groupSum, min: rule.min } : null;
}

/**
 * Applies the table-wide rules after the rows are scored: of items whose points do not add up (后3项积分不累加) only
 * the best counts, the others score 0; a zero rule met (保证项目有一项不得分…计零分) makes the total 0, the rows keep
 * their scores. Each rule that acts says so in the problems.
 */
export function applySheetRules(model: SheetModel, result: ScoreResult): void {
  const rules = model.sheetRules ?? [];
  // 一票否决 has made every row 0 already.
  if (rules.length === 0 || result.vetoed) return;
  for (const rule of rules) {
    if (rule.kind === "bestOnly") applyBestOnly(result, rule);
  }
  let total = 0;
  for (const it of result.items) total = addExact(total, it.score ?? 0);
  result.total = total;
  const byIndex = new Map(result.items.map((s) => [s.itemIndex, s]));
  const zeroed = zeroingRule(model, (item) => byIndex.get(item.index)?.score ?? null, total);
  if (zeroed) {
    result.total = 0;
    result.problems.push(zeroed);
  }
}

function applyBestOnly(result: ScoreResult, rule: Extract<SheetRule, { kind: "bestOnly" }>): void {
  const scores = rule.items.map((i) => result.items.find((s) => s.itemIndex === i)).filter((s): s is ItemScore => s !== undefined);
  if (scores.length < 2) return;
  let best = scores[0];
  for (const s of scores) if ((s.score ?? 0) > (best.score ?? 0)) best = s;
  const dropped = scores.filter((s) => s !== best);
  for (const s of dropped) {
    const at = result.items.indexOf(s);
    const remark = remarkMessage(bestOnly(rule.text, best.name), "zh");
    result.items[at] = {
      ...s,
      deducted: s.points ?? 0,
      bonus: 0,
      score: s.score === null ? null : 0,
      explanation: [s.explanation, remark].filter(Boolean).join("；"),
    };
  }
  // Full marks count the best item's points once, not each of theirs.
  const most = Math.max(...scores.map((s) => s.points ?? 0));
  const all = scores.reduce((sum, s) => addExact(sum, s.points ?? 0), 0);
  result.max = addExact(subExact(result.max, all), most);
  result.problems.push(
    problem("info", "sheet-rule-best-only", rule.cell, { rule: rule.text, kept: best.name, dropped: listArg(dropped.map((s) => s.name)) }),
  );
}
