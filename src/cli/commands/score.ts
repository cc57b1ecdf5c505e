import { decodeLog, formatLogTime, planWrites, resolveFindings, scoreSheet } from "../../core";
import type { CellValue, FindingsFile } from "../../core";
import { applyWritePlan } from "../../xlsx/applyWritePlan";
import { onePositional, parseCommandArgs } from "../args";
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_PROBLEMS } from "../errors";
import { parseFindingsFile } from "../findingsFile";
import { readJsonFile, readWorkbookFile, sameFileByLink, samePath, scoredPath, writeWorkbookFile } from "../io";
import { msg } from "../messages";
import { printJson } from "../output";
import type { Output } from "../output";
import { scoreJson, uniqueProblems } from "../reports";
import { inspectWithRubric, pickScoringSheet } from "../scoringSheet";
import { problemLines, scoreText } from "../textReports";

/** Without --findings, the findings recorded in the workbook's 扣分明细 sheet (scored earlier, in the pane or here). */
function findingsFromLog(log: CellValue[][] | null, sheet: string, path: string): FindingsFile {
  if (!log) throw new CliError(msg.noFindings(path));
  const file = decodeLog(log, sheet);
  if (file.findings.length === 0) throw new CliError(msg.noFindingsForSheet(path, sheet));
  return file;
}

export async function scoreCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, ["findings", "sheet", "unit", "out", "force", "rubric", "json", "help"]);
  const path = onePositional(positionals, "score");
  const out = values.out ?? scoredPath(path);
  if (samePath(path, out)) throw new CliError(msg.sameInOut(path));
  if (sameFileByLink(path, out)) throw new CliError(msg.sameFileViaLink(out, path));
  const given =
    values.findings === undefined ? null : parseFindingsFile(await readJsonFile(values.findings, "扣分记录文件"), values.findings);

  const wb = await readWorkbookFile(path);
  const { grid, log } = pickScoringSheet(wb, path, values.sheet);
  const findings = given ?? findingsFromLog(log, grid.name, path);
  const unit = values.unit?.trim() || findings.unit || null;
  const { model } = await inspectWithRubric(grid, values.rubric, unit);

  const { resolved, problems: unresolved } = resolveFindings(model, findings.findings);
  const resolveErrors = unresolved.filter((p) => p.severity === "error");
  if (resolveErrors.length > 0) {
    throw new CliError([msg.findingsUnresolved, ...resolveErrors.map((p) => `  ${p.message}`)].join("\n"), EXIT_INPUT);
  }
  const result = scoreSheet(model, resolved, unit ?? model.layout.unit);
  const plan = planWrites(model, result, {
    force: values.force === true,
    existingLog: log,
    meta: { assessor: process.env.USER ?? process.env.USERNAME ?? "", time: formatLogTime(new Date()) },
  });
  if (plan.conflicts.length > 0 && values.force !== true) {
    throw new CliError([msg.conflicts(plan.conflicts.length), ...problemLines(plan.conflicts).slice(1)].join("\n"), EXIT_PROBLEMS);
  }

  applyWritePlan(wb, plan);
  await writeWorkbookFile(wb, out);
  const problems = uniqueProblems([...model.problems, ...unresolved, ...result.problems]);
  if (values.json) printJson(output, scoreJson(model, result, problems, out));
  else output.out(`${scoreText(result, problems)}\n${msg.written(out)}`);
  return EXIT_OK;
}
