// The 失分分析 sheet: points lost per item over all units, and the clauses that cost the most.
import type { LossAnalysis } from "../summary/analysis";
import type { CellValue } from "../types";
import { OutputBuilder, type OutputSheet } from "./outputSheet";

export function analysisSheet(analysis: LossAnalysis, name = "失分分析"): OutputSheet {
  const out = new OutputBuilder(name, [6, 22, 44, 10, 10, 10, 10], { landscape: false, printTitleRows: null });
  out.line("失分分析", { bold: true });
  out.row(["序号", "目标项目", "", "分值", "失分合计", "失分单位数", "得分率"], { bold: true });
  out.numberFormat(7, "0.00%");
  analysis.items.forEach((it, i) => out.row([i + 1, it.item, "", it.points, it.lost, `${it.unitsLost}/${it.units}`, it.scoreRate]));
  if (analysis.vetoed.length > 0) out.line(`一票否决单位（不计入上表）：${analysis.vetoed.join("、")}`);
  out.blank();
  out.row(["序号", "目标项目", "评分标准条款", "适用单位数", "次数", "失分合计", ""], { bold: true });
  analysis.clauses.forEach((c, i) => out.row([i + 1, c.item, c.clause, c.units, c.occurrences, c.lost, ""] as CellValue[]));
  return out.build();
}
