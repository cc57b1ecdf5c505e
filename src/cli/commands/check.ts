import { checkSheet } from "../../core";
import { onePositional, parseCommandArgs } from "../args";
import { EXIT_OK, EXIT_PROBLEMS } from "../errors";
import { readWorkbookFile } from "../io";
import { printJson } from "../output";
import type { Output } from "../output";
import { checkJson, uniqueProblems } from "../reports";
import { inspectWithRubric, pickScoringSheet } from "../scoringSheet";
import { checkText } from "../textReports";

export async function checkCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, ["sheet", "rubric", "unit", "json", "help"]);
  const path = onePositional(positionals, "check");
  const { grid } = pickScoringSheet(await readWorkbookFile(path), path, values.sheet);
  const { model, rubric } = await inspectWithRubric(grid, values.rubric, values.unit ?? null);
  const problems = uniqueProblems(checkSheet(model));
  if (values.json) printJson(output, checkJson(model, problems));
  else output.out(checkText(model, rubric?.id ?? null, problems));
  return problems.some((p) => p.severity === "error") ? EXIT_PROBLEMS : EXIT_OK;
}
