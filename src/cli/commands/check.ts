import { onePositional, parseColumns, parseCommandArgs } from "../args";
import { EXIT_OK, EXIT_PROBLEMS } from "../errors";
import { readWorkbookFile } from "../io";
import { printJson } from "../output";
import type { Output } from "../output";
import { checkJson, sheetProblems } from "../reports";
import { inspectWithRubric } from "../rubrics";
import { pickScoringSheet } from "../scoringSheet";
import { checkText } from "../textReports";

export async function checkCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, ["sheet", "rubric", "unit", "columns", "json", "help"]);
  const columns = parseColumns(values.columns);
  const path = onePositional(positionals, "check");
  const { grid } = pickScoringSheet((await readWorkbookFile(path)).grids, path, values.sheet);
  const { model, rubric } = await inspectWithRubric(grid, { rubric: values.rubric, unit: values.unit ?? null, columns });
  const problems = sheetProblems(model);
  if (values.json) printJson(output, checkJson(model, problems));
  else output.out(checkText(model, rubric?.id ?? null, problems));
  return problems.some((p) => p.severity === "error") ? EXIT_PROBLEMS : EXIT_OK;
}
