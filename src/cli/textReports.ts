import { columnLetter, ROLE_NAMES as ROLE_LABEL } from "../core";
import type { Clause, Problem, Role, ScoreResult, SheetModel, UnwrittenScores } from "../core";
import { KIND_LABEL, msg, SEVERITY_LABEL } from "./messages";
import { sheetProblems, sheetTotal } from "./reports";

function clauseLine(c: Clause): string {
  const parts: string[] = [KIND_LABEL[c.kind]];
  if (c.min !== undefined && c.max !== undefined) parts.push(`${c.min}～${c.max}分`);
  else if (c.amount !== null) parts.push(`${c.amount}分${c.kind === "per" ? `/${c.unit ?? "次"}` : ""}`);
  if (c.maxCount !== undefined) parts.push(`最多${c.maxCount}${c.unit ?? "次"}`);
  if (c.cap !== undefined) parts.push(`封顶${c.cap}分`);
  if (c.except?.length) parts.push(`${c.except.join("、")}除外`);
  return `      ${c.index}. [${parts.join("，")}] ${c.text}`;
}

export function problemLines(problems: Problem[]): string[] {
  if (problems.length === 0) return ["问题：无"];
  return [
    `问题（${problems.length}）：`,
    ...problems.map((p) => `  ${SEVERITY_LABEL[p.severity]} ${p.cell ?? "—"}  ${p.message}  [${p.code}]`),
  ];
}

function headLines(model: SheetModel, rubricId: string | null): string[] {
  const { layout } = model;
  const columns = (Object.keys(ROLE_LABEL) as Role[])
    .filter((r) => layout.columns[r] !== undefined)
    .map((r) => `${ROLE_LABEL[r]} ${columnLetter(layout.columns[r] as number)}`);
  return [
    `工作表：${layout.sheet}　被考核单位：${layout.unit ?? "（未知）"}　表头：第 ${layout.headerRow} 行　细则：${rubricId ?? "（无）"}`,
    `列：${columns.join(" · ")}`,
    `项目 ${model.items.length} 个，分值合计 ${model.pointsSum}${model.declaredTotal !== null ? `（表中总分 ${model.declaredTotal}）` : ""}`,
  ];
}

export function inspectText(model: SheetModel, rubricId: string | null, problems: Problem[] = sheetProblems(model)): string {
  const items = model.items.flatMap((item) => [
    `  第${item.row}行  ${item.points ?? "—"}分  ${item.name}`,
    ...item.clauses.map(clauseLine),
  ]);
  return [...headLines(model, rubricId), ...items, ...problemLines(problems)].join("\n");
}

export function scoreText(result: ScoreResult, problems: Problem[], unwritten?: UnwrittenScores): string {
  const held = (s: ScoreResult["items"][number]) => (unwritten?.items.has(s.itemIndex) ? `　${msg.notWritten}` : "");
  const items = result.items.map(
    (s) => `  第${s.row}行  ${s.score ?? "—"}/${s.points ?? "—"}  ${s.name}${s.explanation ? `　${s.explanation}` : ""}${held(s)}`,
  );
  return [
    `被考核单位：${result.unit ?? "（未知）"}`,
    ...items,
    `总分：${result.total}/${result.max}${result.vetoed ? "（一票否决）" : ""}${unwritten?.total ? `　${msg.totalNotWritten}` : ""}`,
    ...problemLines(problems),
  ].join("\n");
}

export function checkText(model: SheetModel, rubricId: string | null, problems: Problem[]): string {
  const { total, max } = sheetTotal(model);
  return [...headLines(model, rubricId).slice(0, 1), msg.checkTotal(total, max), ...problemLines(problems)].join("\n");
}
