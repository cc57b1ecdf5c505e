import { a1 } from "../a1";
import { addExact, parsePoints } from "../exact";
import { problem } from "../problems";
import type { Item, Problem, SheetModel } from "../types";

/** Most points a row's bonus clauses can add (their caps, else their amounts). */
function bonusRoom(item: Item): number {
  return item.clauses
    .filter((c) => c.kind === "bonus")
    .reduce((sum, c) => addExact(sum, c.cap ?? c.amount ?? 0), 0);
}

/** Checks a filled sheet: totals, score values, blanks, duplicates (problems of inspect included). */
export function checkSheet(model: SheetModel): Problem[] {
  const out: Problem[] = [...model.problems.filter((p) => p.code !== "score-column-missing")];
  const { columns, total } = model.layout;
  if (columns.score === undefined) {
    if (model.items.length > 0) out.push(problem("error", "score-column-missing", null, "没有“得分”列，无法检查得分"));
    return out;
  }
  let sum = 0;
  for (const item of model.items) {
    if (!item.scoreCell) continue;
    const cell = a1(item.scoreCell.row, item.scoreCell.col);
    const value = item.existingScore;
    if (value === null || (typeof value === "string" && value.trim() === "")) {
      out.push(problem("warning", "score-blank", cell, `项目“${item.name}”的得分 ${cell} 还没有填写`));
      continue;
    }
    const score = parsePoints(value);
    if (score === null) {
      out.push(problem("error", "score-not-number", cell, `${cell} 的得分“${String(value)}”不是数字`));
      continue;
    }
    if (typeof value === "string") {
      out.push(problem("warning", "score-as-text", cell, `${cell} 的得分写成了文字“${value}”，已按 ${score} 分计算，建议改为数字`));
    }
    const most = item.points === null ? null : addExact(item.points, bonusRoom(item));
    if (most !== null && (score < 0 || score > most)) {
      out.push(problem("error", "score-out-of-range", cell, `${cell} 的得分 ${score} 不在 0～${most} 分之内`));
    }
    sum = addExact(sum, score);
  }
  if (total) {
    const cell = a1(total.row, columns.score);
    const vetoable = model.items.some((it) => it.clauses.some((c) => c.kind === "veto"));
    if (total.score === 0 && sum > 0 && vetoable) {
      out.push(problem("info", "total-vetoed", cell, `合计得分为 0，而各项得分之和为 ${sum}：按一票否决处理`));
    } else if (total.score !== null && Math.abs(total.score - sum) > 1e-9) {
      out.push(problem("error", "total-mismatch", cell, `合计得分 ${total.score} 与各项得分之和 ${sum} 不符`));
    } else if (total.score === null && total.scoreFormula === null) {
      out.push(problem("warning", "total-blank", cell, `合计得分 ${cell} 还没有填写（各项得分之和为 ${sum}）`));
    }
  }
  return out;
}
