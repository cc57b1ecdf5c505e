import { addExact, fromMilli, subExact, toMilli } from "../exact";
import { isRowCut, remarkMessage, rowCut, SHEET_VETOED } from "../messages/remarkMessages";
import { listArg } from "../problemMessages";
import { problem } from "../problems";
import type { AppliedFinding, Item, ItemScore, Problem, ResolvedFinding, ScoreResult, SheetModel } from "../types";
import { applyFinding, type FindingEffect } from "./applyFinding";
import { bonusRoom, deductionLimit, scoredFromZero, typedScoreLimit } from "./rowRules";
import { applySheetRules } from "./sheetRules";

function explain(item: Item, applied: AppliedFinding[], rowCapped: boolean, typed: ResolvedFinding | undefined): string {
  const parts = applied.map((f) => {
    const clause = item.clauses[f.clauseIndex - 1];
    const times = f.count !== 1 ? `×${f.count}` : "";
    const effect = f.effect < 0 ? `扣${-f.effect}分` : f.effect > 0 ? `加${f.effect}分` : "";
    // The row-level 已扣满 says it once, after the clauses.
    const remark = isRowCut(f.why) ? "" : f.remark;
    let detail = effect;
    if (f.override) detail = joinDetail(detail, `评分人改为 ${f.amount} 分`);
    if (remark) detail = joinDetail(detail, remark);
    if (f.note) detail = joinDetail(detail, f.note);
    return `${clause.text}${times}${detail ? `（${detail}）` : ""}`;
  });
  if (rowCapped) parts.push(`已扣满 ${item.points} 分`);
  if (typed) parts.push(`评分人填写得分 ${typed.score} 分${typed.note ? `（${typed.note}）` : ""}`);
  return parts.join("；");
}

function joinDetail(detail: string, part: string): string {
  return detail ? `${detail}，${part}` : part;
}

interface Row {
  score: ItemScore;
  applied: AppliedFinding[];
  vetoed: boolean;
  problems: Problem[];
}

/** A row nobody found anything on: its points, or 0 when its text scores it from zero up. */
function untouched(item: Item): Row {
  const score = item.points === null ? null : scoredFromZero(item) ? 0 : item.points;
  const deducted = item.points !== null && score === 0 ? item.points : 0;
  const row: ItemScore = {
    itemIndex: item.index,
    row: item.row,
    name: item.name,
    points: item.points,
    deducted,
    bonus: 0,
    score,
    capped: false,
    full: false,
    zeroed: false,
    explanation: "",
  };
  return { score: row, applied: [], vetoed: false, problems: [] };
}

function scoreItem(item: Item, findings: ResolvedFinding[], unit: string | null): Row {
  const problems: Problem[] = [];
  const effects: { finding: ResolvedFinding; effect: FindingEffect }[] = [];
  const points = item.points ?? 0;
  const fromZero = scoredFromZero(item);
  const typed = findings.find((f) => f.clauseIndex === 0 && f.score !== undefined);
  let raw = 0;
  let bonus = 0;
  let earned = 0;
  let level: number | undefined;
  let zeroed = false;
  let vetoed = false;
  let clauseCapped = false;
  for (const finding of findings) {
    if (finding.clauseIndex === 0) continue;
    const clause = item.clauses[finding.clauseIndex - 1];
    const effect = applyFinding(clause, finding, { unit, points, fromZero });
    raw = addExact(raw, effect.deduct);
    bonus = addExact(bonus, effect.bonus);
    earned = addExact(earned, effect.award);
    if (effect.level !== undefined) level = effect.level;
    zeroed ||= effect.zero;
    vetoed ||= effect.veto;
    clauseCapped ||= effect.hitCap;
    if (!effect.applied) {
      problems.push(
        problem("warning", "finding-excepted", item.criteriaCells[0] ?? null, {
          item: item.name,
          unit: String(unit),
          except: listArg(clause.except ?? []),
        }),
      );
    }
    effects.push({ finding, effect });
  }
  // Where the row starts before deductions: its points, the chosen level, or what its awards earned (from zero up).
  const start = Math.min(points, level ?? (fromZero ? earned : points));
  const room = bonusRoom(item);
  bonus = Math.min(bonus, room);
  const limit = Math.min(start, item.cap ?? Infinity);
  const deducted = zeroed ? start : Math.min(raw, limit);
  const rowCapped = !zeroed && raw > limit;
  // What each finding really cost once the row ran out of points, in the order found.
  let left = zeroed ? start : limit;
  let bonusLeft = room;
  const applied = effects.map(({ finding, effect }): AppliedFinding => {
    const cost = effect.zero ? left : Math.min(effect.deduct, left);
    const gain = Math.min(effect.bonus, bonusLeft);
    left = subExact(left, cost);
    bonusLeft = subExact(bonusLeft, gain);
    const cut = cost < effect.deduct || gain < effect.bonus;
    // A finding the row's points or bonus room cut short (the true count stays on the finding).
    const why = cut && !effect.why ? rowCut(cost < effect.deduct ? "points" : "bonus") : effect.why;
    const shift = effect.level !== undefined ? subExact(Math.min(effect.level, points), points) : 0;
    const out: AppliedFinding = {
      ...finding,
      effect: addExact(subExact(gain, cost), effect.award, shift),
      remark: why ? remarkMessage(why, "zh") : "",
      applied: effect.applied,
    };
    if (why) out.why = why;
    if (effect.override) out.override = true;
    return out;
  });
  let score = item.points === null ? null : zeroed ? 0 : addExact(subExact(start, deducted), bonus);
  if (typed && item.points !== null) score = fromMilli(toMilli(Math.max(0, Math.min(typed.score ?? 0, typedScoreLimit(item)))));
  const result: ItemScore = {
    itemIndex: item.index,
    row: item.row,
    name: item.name,
    points: item.points,
    deducted: typed && score !== null ? Math.max(0, subExact(points, score)) : deducted,
    bonus: typed && score !== null ? Math.max(0, subExact(score, points)) : bonus,
    score,
    capped: rowCapped || clauseCapped,
    full: !typed && (rowCapped || clauseCapped || isFull(item, deducted)),
    zeroed: !typed && zeroed,
    explanation: explain(item, applied, rowCapped, typed),
  };
  return { score: result, applied, vetoed, problems };
}

/** 已扣满 by the deductions alone: they took all the row allows (the pane's steppers stop there). */
function isFull(item: Item, deducted: number): boolean {
  const limit = deductionLimit(item);
  return limit > 0 && deducted >= limit;
}

function vetoedScore(score: ItemScore): ItemScore {
  if (score.points === null) return score;
  const explanation = [score.explanation, VETO_NOTE].filter(Boolean).join("；");
  return { ...score, deducted: score.points, bonus: 0, score: 0, zeroed: true, explanation };
}

const VETO_NOTE = remarkMessage(SHEET_VETOED, "zh");

/** Scores every item from the findings, with caps, exceptions for `unit`, zero and veto, levels, awards and typed scores. */
export function scoreSheet(model: SheetModel, findings: ResolvedFinding[], unit: string | null): ScoreResult {
  const byItem = new Map<number, ResolvedFinding[]>();
  for (const f of findings) {
    const list = byItem.get(f.itemIndex);
    if (list) list.push(f);
    else byItem.set(f.itemIndex, [f]);
  }
  const rows = model.items.map((item) => {
    const found = byItem.get(item.index);
    return found ? scoreItem(item, found, unit) : untouched(item);
  });
  const vetoed = rows.some((r) => r.vetoed);
  // 一票否决: the whole sheet scores 0, row by row too, so 得分 cells, their SUM and the total agree.
  const items = vetoed ? rows.map((r) => vetoedScore(r.score)) : rows.map((r) => r.score);
  let milli = 0;
  for (const it of items) milli += toMilli(it.score ?? 0);
  const total = fromMilli(milli);
  const typed = findings
    .filter((f) => f.clauseIndex === 0 && f.score !== undefined)
    .map((f) => ({ itemIndex: f.itemIndex, score: items[f.itemIndex]?.score ?? 0, ...(f.note ? { note: f.note } : {}) }));
  // One loop rather than flatMap: most rows have no findings and no problems.
  const applied: AppliedFinding[] = [];
  const problems: Problem[] = [];
  for (const row of rows) {
    for (const entry of row.applied) applied.push(entry);
    for (const entry of row.problems) problems.push(entry);
  }
  const result: ScoreResult = {
    unit,
    total,
    max: model.pointsSum,
    vetoed,
    items,
    applied,
    problems,
  };
  if (typed.length > 0) result.typed = typed;
  applySheetRules(model, result);
  return result;
}
