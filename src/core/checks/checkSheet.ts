import { a1 } from "../a1";
import { addExact, parsePoints } from "../exact";
import { problem } from "../problems";
import { zeroingRule } from "../scoring/sheetRules";
import type { Item, Problem, SheetModel } from "../types";

/** Most points a row's bonus clauses can add (their caps, else their amounts). */
function bonusRoom(item: Item): number {
  return item.clauses.filter((c) => c.kind === "bonus").reduce((sum, c) => addExact(sum, c.cap ?? c.amount ?? 0), 0);
}

/** Checks a filled sheet: totals, score values, blanks, duplicates (problems of inspect included). */
export function checkSheet(model: SheetModel): Problem[] {
  const out: Problem[] = [...model.problems.filter((p) => p.code !== "score-column-missing")];
  const { columns, total } = model.layout;
  if (columns.score === undefined) {
    if (model.items.length > 0) out.push(problem("error", "score-column-missing", null, { purpose: "check" }));
    return out;
  }
  let sum = 0;
  for (const item of model.items) {
    if (!item.scoreCell) continue;
    const cell = a1(item.scoreCell.row, item.scoreCell.col);
    const value = item.existingScore;
    if (value === null || (typeof value === "string" && value.trim() === "")) {
      out.push(problem("warning", "score-blank", cell, { item: item.name, cell }));
      continue;
    }
    const score = parsePoints(value);
    if (score === null) {
      out.push(problem("error", "score-not-number", cell, { cell, value: String(value) }));
      continue;
    }
    if (typeof value === "string") {
      out.push(problem("warning", "score-as-text", cell, { cell, value, score }));
    }
    const most = item.points === null ? null : addExact(item.points, bonusRoom(item));
    if (most !== null && (score < 0 || score > most)) {
      out.push(problem("error", "score-out-of-range", cell, { cell, score, max: most }));
    }
    sum = addExact(sum, score);
  }
  if (total) {
    const cell = a1(total.row, columns.score);
    const vetoable = model.items.some((it) => it.clauses.some((c) => c.kind === "veto"));
    const zeroed = total.score === 0 && sum > 0 ? zeroingRule(model, (it) => parsePoints(it.existingScore), sum) : null;
    if (total.score === 0 && sum > 0 && vetoable) {
      out.push(problem("info", "total-vetoed", cell, { sum }));
    } else if (zeroed) {
      // A table-wide rule the written scores meet (保证项目有一项不得分…计零分): the 0 is right.
      out.push({ ...zeroed, severity: "info", cell });
    } else if (total.score !== null && Math.abs(total.score - sum) > 1e-9) {
      out.push(problem("error", "total-mismatch", cell, { total: total.score, sum }));
    } else if (total.score === null && total.scoreFormula === null) {
      out.push(problem("warning", "total-blank", cell, { cell, sum }));
    }
  }
  return out;
}
