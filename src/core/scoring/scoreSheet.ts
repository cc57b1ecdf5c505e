import { addExact, subExact } from "../exact";
import { listArg } from "../problemMessages";
import { problem } from "../problems";
import type { AppliedFinding, Item, ItemScore, Problem, ResolvedFinding, ScoreResult, SheetModel } from "../types";
import { applyFinding, type FindingEffect } from "./applyFinding";

function explain(item: Item, applied: AppliedFinding[], rowCapped: boolean): string {
  const parts = applied.map((f) => {
    const clause = item.clauses[f.clauseIndex - 1];
    const times = f.count !== 1 ? `×${f.count}` : "";
    const effect = f.effect < 0 ? `扣${-f.effect}分` : f.effect > 0 ? `加${f.effect}分` : "";
    const detail = [effect, f.remark, f.note].filter(Boolean).join("，");
    return `${clause.text}${times}${detail ? `（${detail}）` : ""}`;
  });
  if (rowCapped) parts.push(`已扣满 ${item.points} 分`);
  return parts.join("；");
}

interface Row {
  score: ItemScore;
  applied: AppliedFinding[];
  vetoed: boolean;
  problems: Problem[];
}

function scoreItem(item: Item, findings: ResolvedFinding[], unit: string | null): Row {
  const problems: Problem[] = [];
  const effects: { finding: ResolvedFinding; effect: FindingEffect }[] = [];
  let raw = 0;
  let bonus = 0;
  let zeroed = false;
  let vetoed = false;
  let clauseCapped = false;
  for (const finding of findings) {
    const effect = applyFinding(item.clauses[finding.clauseIndex - 1], finding, unit);
    raw = addExact(raw, effect.deduct);
    bonus = addExact(bonus, effect.bonus);
    zeroed ||= effect.zero;
    vetoed ||= effect.veto;
    clauseCapped ||= effect.hitCap;
    if (!effect.applied) {
      const except = listArg(item.clauses[finding.clauseIndex - 1].except ?? []);
      problems.push(problem("warning", "finding-excepted", item.criteriaCells[0] ?? null, { item: item.name, unit: String(unit), except }));
    }
    effects.push({ finding, effect });
  }
  const points = item.points ?? 0;
  const limit = Math.min(points, item.cap ?? Infinity);
  const deducted = zeroed ? points : Math.min(raw, limit);
  const rowCapped = !zeroed && raw > limit;
  // What each finding really cost once the row ran out of points, in the order found.
  let left = zeroed ? points : limit;
  const applied = effects.map(({ finding, effect }): AppliedFinding => {
    const cost = effect.zero ? left : Math.min(effect.deduct, left);
    left = subExact(left, cost);
    return { ...finding, effect: subExact(effect.bonus, cost), remark: effect.remark, applied: effect.applied };
  });
  const score: ItemScore = {
    itemIndex: item.index,
    row: item.row,
    name: item.name,
    points: item.points,
    deducted,
    bonus,
    score: item.points === null ? null : zeroed ? 0 : addExact(subExact(points, deducted), bonus),
    capped: rowCapped || clauseCapped,
    zeroed,
    explanation: "",
  };
  score.explanation = explain(item, applied, rowCapped);
  return { score, applied, vetoed, problems };
}

function vetoedScore(score: ItemScore): ItemScore {
  if (score.points === null) return score;
  const explanation = [score.explanation, VETO_NOTE].filter(Boolean).join("；");
  return { ...score, deducted: score.points, bonus: 0, score: 0, zeroed: true, explanation };
}

const VETO_NOTE = "一票否决：全表得分为 0";

/** Scores every item from the findings, with caps, exceptions for `unit`, zero and veto. */
export function scoreSheet(model: SheetModel, findings: ResolvedFinding[], unit: string | null): ScoreResult {
  const byItem = new Map<number, ResolvedFinding[]>();
  for (const f of findings) {
    const list = byItem.get(f.itemIndex);
    if (list) list.push(f);
    else byItem.set(f.itemIndex, [f]);
  }
  const rows = model.items.map((item) => scoreItem(item, byItem.get(item.index) ?? [], unit));
  const vetoed = rows.some((r) => r.vetoed);
  // 一票否决: the whole sheet scores 0, row by row too, so 得分 cells, their SUM and the total agree.
  const items = vetoed ? rows.map((r) => vetoedScore(r.score)) : rows.map((r) => r.score);
  const total = items.reduce((sum, it) => addExact(sum, it.score ?? 0), 0);
  return {
    unit,
    total,
    max: model.pointsSum,
    vetoed,
    items,
    applied: rows.flatMap((r) => r.applied),
    problems: rows.flatMap((r) => r.problems),
  };
}
