import { a1 } from "../a1";
import { problem } from "../problems";
import type { Problem, ScoreResult, SheetModel, WritePlan } from "../types";

/** What a plan leaves unwritten of the scores a scoring shows, so a report never calls a held-back cell written. */
export interface UnwrittenScores {
  /** Item indexes whose shown score is neither written nor already in (or computed by) their 得分 cell. */
  items: Set<number>;
  /** The total row's 得分 is shown but neither written nor already equal nor a formula. */
  total: boolean;
  /** One warning per formula score cell kept as it was (possible only with force). */
  problems: Problem[];
}

export function unwrittenScores(model: SheetModel, result: ScoreResult, plan: WritePlan): UnwrittenScores {
  const { layout } = model;
  const written = new Set(plan.writes.map((w) => a1(w.row, w.col)));
  const held = new Set(plan.conflicts.map((p) => p.cell));
  const sharing = new Set(plan.conflicts.filter((p) => p.code === "score-cell-shared").map((p) => Number(p.args?.row)));
  const out: UnwrittenScores = { items: new Set(), total: false, problems: [] };
  for (const score of result.items) {
    if (score.score === null) continue;
    const item = model.items[score.itemIndex];
    const cell = item.scoreCell ?? (plan.addedScoreColumn !== null ? { row: item.row, col: plan.addedScoreColumn } : null);
    if (!cell) continue;
    const at = a1(cell.row, cell.col);
    // A formula fed by the 扣分 column shows the score once Excel recalculates; one without it keeps its own value.
    if (item.scoreFormula !== null) {
      if (layout.columns.deduction === undefined) {
        out.items.add(score.itemIndex);
        out.problems.push(problem("warning", "score-formula-kept", at, { cell: at, formula: item.scoreFormula, score: score.score }));
      }
      continue;
    }
    if ((held.has(at) && !written.has(at)) || sharing.has(item.row)) out.items.add(score.itemIndex);
  }
  const total = layout.total;
  const scoreCol = layout.columns.score ?? plan.addedScoreColumn;
  if (total && scoreCol !== null && total.scoreFormula === null) {
    const same = total.score !== null && Math.abs(total.score - result.total) < 1e-9;
    out.total = !same && !written.has(a1(total.row, scoreCol));
  }
  return out;
}
