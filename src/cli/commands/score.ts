import { decodeLog, formatLogTime, planWrites, resolveFindings, scoreSheet, unwrittenScores } from "../../core";
import type { CellValue, FindingsFile, Problem, SheetModel } from "../../core";
import { writePlanToPackage } from "../../xlsx/package";
import { onePositional, parseColumns, parseCommandArgs } from "../args";
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_PROBLEMS } from "../errors";
import { parseFindingsFile } from "../findingsFile";
import { readJsonFile, readWorkbookFile, sameFileByLink, samePath, scoredPath, writeFileAtomic } from "../io";
import { msg } from "../messages";
import { printJson } from "../output";
import type { Output } from "../output";
import { scoreJson, uniqueProblems } from "../reports";
import { guardOutput } from "../outputGuard";
import { inspectWithRubric, rubricPath } from "../rubrics";
import { pickScoringSheet } from "../scoringSheet";
import { problemLines, scoreText } from "../textReports";

/**
 * Without --findings, the findings recorded in the workbook's 扣分明细 sheet (scored earlier, in the pane or here),
 * each following its item by name and clause text; log rows that no longer match are reported.
 */
function findingsFromLog(log: CellValue[][] | null, model: SheetModel, path: string): FindingsFile & { problems: Problem[] } {
  const sheet = model.layout.sheet;
  if (!log) throw new CliError(msg.noFindings(path));
  const file = decodeLog(log, sheet, model);
  if (file.findings.length === 0) {
    throw new CliError([msg.noFindingsForSheet(path, sheet), ...file.problems.map((p) => `  ${p.message}`)].join("\n"));
  }
  return file;
}

export async function scoreCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, [
    "findings",
    "sheet",
    "unit",
    "out",
    "force",
    "rubric",
    "columns",
    "json",
    "help",
  ]);
  const columns = parseColumns(values.columns);
  const path = onePositional(positionals, "score");
  const out = values.out ?? scoredPath(path);
  if (samePath(path, out)) throw new CliError(msg.sameInOut(path));
  if (sameFileByLink(path, out)) throw new CliError(msg.sameFileViaLink(out, path));
  const inputs = [
    ...(values.findings === undefined ? [] : [{ path: values.findings, what: "扣分记录文件" }]),
    ...(values.rubric === undefined ? [] : [{ path: rubricPath(values.rubric), what: "细则文件" }]),
  ];
  guardOutput(out, inputs, values.force === true);
  const given =
    values.findings === undefined ? null : parseFindingsFile(await readJsonFile(values.findings, "扣分记录文件"), values.findings);

  const wb = await readWorkbookFile(path);
  // A workbook with macros keeps them only under a macro-enabled name: Excel refuses an .xlsx that holds them.
  if (wb.kind === "xlsm" && !/\.xlsm$/i.test(out)) throw new CliError(msg.macrosNeedXlsm(path, out));
  const { grid, log } = pickScoringSheet(wb.grids, path, values.sheet);
  const unit = values.unit?.trim() || (given ?? (log ? decodeLog(log, grid.name) : null))?.unit || null;
  const { model } = await inspectWithRubric(grid, { rubric: values.rubric, unit, columns });
  const findings = given ? { ...given, problems: [] } : findingsFromLog(log, model, path);

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

  await writeFileAtomic(out, writePlanToPackage(wb.bytes, plan));
  const unwritten = unwrittenScores(model, result, plan);
  const problems = uniqueProblems([...model.problems, ...findings.problems, ...unresolved, ...result.problems, ...unwritten.problems]);
  if (values.json) printJson(output, scoreJson(model, result, problems, out, unwritten));
  else output.out(`${scoreText(result, problems, unwritten)}\n${msg.written(out)}`);
  return EXIT_OK;
}
