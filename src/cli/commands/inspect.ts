import { onePositional, parseColumns, parseCommandArgs } from "../args";
import { EXIT_OK } from "../errors";
import { readWorkbookFile } from "../io";
import { printJson } from "../output";
import type { Output } from "../output";
import { inspectJson } from "../reports";
import { inspectWithRubric } from "../rubrics";
import { pickScoringSheet } from "../scoringSheet";
import { inspectText } from "../textReports";

export async function inspectCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, ["sheet", "rubric", "unit", "columns", "json", "help"]);
  const columns = parseColumns(values.columns);
  const path = onePositional(positionals, "inspect");
  const { grid } = pickScoringSheet((await readWorkbookFile(path)).grids, path, values.sheet);
  const { model, rubric } = await inspectWithRubric(grid, { rubric: values.rubric, unit: values.unit ?? null, columns });
  if (values.json) printJson(output, inspectJson(model, rubric?.id ?? null));
  else output.out(inspectText(model, rubric?.id ?? null));
  return EXIT_OK;
}
