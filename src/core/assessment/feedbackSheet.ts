// The 反馈单 sheet: one block per unit (total, rank, grade, each deduction with the clause as written, the rows
// where the self-score was higher, room for 整改措施 and a deadline), each block on its own A4 page.
import type { UnitFeedback } from "../summary/feedback";
import type { CellValue } from "../types";
import { OutputBuilder, type OutputSheet } from "./outputSheet";

function headline(f: UnitFeedback): string {
  const rank = f.classRank !== null ? `排名：${f.rank}（${f.class}第 ${f.classRank}）` : `排名：${f.rank}`;
  const veto = f.vetoed ? "　一票否决" : "";
  return `被考核单位：${f.unit}${f.class ? `（${f.class}）` : ""}　总分：${f.totalText}　${rank}　等次：${f.grade}${veto}`;
}

export function feedbackSheet(feedback: UnitFeedback[], title: string, name = "反馈单"): OutputSheet {
  const out = new OutputBuilder(name, [6, 18, 52, 7, 8, 24], { landscape: false, printTitleRows: "1:1" });
  out.line(`${title} · 考核反馈单`, { bold: true });
  feedback.forEach((f, i) => {
    out.line(headline(f), { bold: true });
    out.row(["序号", "目标项目", "评分标准条款", "次数", "扣分", "说明"], { bold: true });
    if (f.deductions.length === 0) out.line("无扣分", { box: true });
    f.deductions.forEach((d, k) => {
      const note: CellValue = [d.amount !== null ? `填写 ${d.amount} 分` : "", d.note].filter(Boolean).join("；");
      out.row([k + 1, d.item, d.clause, d.count, -d.effect, note]);
    });
    for (const b of f.bonuses) out.line(`加分：${b.item}　${b.clause}　+${b.effect}${b.note ? `（${b.note}）` : ""}`, { box: true });
    if (f.selfHigher.length > 0) {
      out.blank();
      out.line("自评高于考核得分的项目（自评虚高）", { bold: true });
      out.row(["序号", "目标项目", "", "自评分", "得分", "差额"], { bold: true });
      f.selfHigher.forEach((s, k) => out.row([k + 1, s.item, "", s.selfScore, s.score, s.gap]));
    }
    out.blank();
    out.line("整改措施：", { box: true });
    out.line("整改时限：　　　　年　　月　　日前　　　　责任人：　　　　　　　单位盖章：", { box: true });
    if (i < feedback.length - 1) out.pageBreak();
  });
  return out.build();
}
