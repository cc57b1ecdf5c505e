import { addExact, subExact } from "../exact";
import { problem } from "../problems";
import type { AppliedFinding, Item, ItemScore, Problem, ResolvedFinding, ScoreResult, SheetModel } from "../types";
import { applyFinding } from "./applyFinding";

function explain(item: Item, applied: AppliedFinding[], score: ItemScore): string {
  const parts = applied.map((f) => {
    const clause = item.clauses[f.clauseIndex - 1];
    const times = f.count !== 1 ? `×${f.count}` : "";
    const effect = f.effect < 0 ? `扣${-f.effect}分` : f.effect > 0 ? `加${f.effect}分` : "";
    const detail = [effect, f.remark, f.note].filter(Boolean).join("，");
    return `${clause.text}${times}${detail ? `（${detail}）` : ""}`;
  });
  if (score.capped && !score.zeroed) parts.push(`已扣满 ${item.points} 分`);
  return parts.join("；");
}

/** Scores every item from the findings, with caps, exceptions for `unit`, zero and veto. */
export function scoreSheet(model: SheetModel, findings: ResolvedFinding[], unit: string | null): ScoreResult {
  const problems: Problem[] = [];
  const applied: AppliedFinding[] = [];
  let vetoed = false;
  const byItem = new Map<number, ResolvedFinding[]>();
  for (const f of findings) {
    const list = byItem.get(f.itemIndex);
    if (list) list.push(f);
    else byItem.set(f.itemIndex, [f]);
  }
  const items = model.items.map((item): ItemScore => {
    const mine = byItem.get(item.index) ?? [];
    const appliedHere: AppliedFinding[] = [];
    let raw = 0;
    let bonus = 0;
    let zeroed = false;
    let clauseCapped = false;
    for (const finding of mine) {
      const clause = item.clauses[finding.clauseIndex - 1];
      const effect = applyFinding(clause, finding, unit);
      raw = addExact(raw, effect.deduct);
      bonus = addExact(bonus, effect.bonus);
      zeroed ||= effect.zero;
      vetoed ||= effect.veto;
      clauseCapped ||= effect.counted < finding.count || /最多扣|封顶/.test(effect.remark);
      if (!effect.applied) {
        problems.push(problem("warning", "finding-excepted", item.criteriaCells[0] ?? null, `项目“${item.name}”：${effect.remark}，该扣分未计入`));
      }
      appliedHere.push({ ...finding, effect: subExact(effect.bonus, effect.deduct), remark: effect.remark, applied: effect.applied });
    }
    const points = item.points;
    const limit = Math.min(points ?? Infinity, item.cap ?? Infinity);
    const deducted = Math.min(raw, limit);
    const score: ItemScore = {
      itemIndex: item.index,
      row: item.row,
      name: item.name,
      points,
      deducted: zeroed && points !== null ? points : deducted,
      bonus,
      score: points === null ? null : zeroed ? 0 : addExact(subExact(points, deducted), bonus),
      capped: raw > limit || clauseCapped,
      zeroed,
      explanation: "",
    };
    if (points === null && mine.length > 0) {
      problems.push(problem("error", "points-missing", item.pointsCell, `项目“${item.name}”没有分值，无法计算得分`));
    }
    score.explanation = explain(item, appliedHere, score);
    applied.push(...appliedHere);
    return score;
  });
  const total = vetoed ? 0 : items.reduce((sum, it) => addExact(sum, it.score ?? 0), 0);
  return { unit, total, max: model.pointsSum, vetoed, items, applied, problems };
}
