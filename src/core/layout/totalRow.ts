import { addExact, parsePoints } from "../exact";
import type { TotalRow } from "../types";
import type { GridView } from "./gridView";
import type { Draft } from "./readTable";
import { pointsInTotalLabel } from "./rowKinds";

// Forms with one section end with its 小计 and no 合计: that 小计 is the table's total. With several, the last one
// counts as the total only when it holds the whole table's sum.
export function subtotalAsTotal(
  view: GridView,
  rows: number[],
  drafts: Draft[],
  pointsCol: number | undefined,
  scoreCol: number | undefined,
): TotalRow | null {
  const last = readTotal(view, rows[rows.length - 1], pointsCol, scoreCol);
  if (rows.length === 1) return last;
  const sum = drafts.reduce((s, d) => addExact(s, d.item.points ?? 0), 0);
  return last.declaredPoints === sum ? last : null;
}

export function readTotal(view: GridView, row: number, pointsCol: number | undefined, scoreCol: number | undefined): TotalRow {
  let declaredPoints = pointsCol === undefined ? null : parsePoints(view.value(row, pointsCol));
  if (declaredPoints === null) {
    // "合计：100分" or "总分(100分)" written in the label itself.
    for (let col = 1; col <= view.colCount && declaredPoints === null; col++) {
      if (col === scoreCol || (view.merge(row, col)?.left !== undefined && view.merge(row, col)!.left !== col)) continue;
      const text = view.text(row, col);
      if (/[合总计]/.test(text) && /\d/.test(text)) declaredPoints = pointsInTotalLabel(text);
    }
  }
  return {
    row,
    declaredPoints,
    pointsFormula: pointsCol === undefined ? null : view.formula(row, pointsCol),
    score: scoreCol === undefined ? null : parsePoints(view.value(row, scoreCol)),
    scoreFormula: scoreCol === undefined ? null : view.formula(row, scoreCol),
  };
}
