import { onePositional, parseCommandArgs } from "../args";
import { EXIT_OK } from "../errors";
import { readWorkbookFile } from "../io";
import { printJson } from "../output";
import type { Output } from "../output";
import { inspectJson } from "../reports";
import { inspectWithRubric, pickScoringSheet } from "../scoringSheet";
import { inspectText } from "../textReports";

export async function inspectCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, ["sheet", "rubric", "unit", "json", "help"]);
  const path = onePositional(positionals, "inspect");
  const { grid } = pickScoringSheet(await readWorkbookFile(path), path, values.sheet);
  const { model, rubric } = await inspectWithRubric(grid, values.rubric, values.unit ?? null);
  if (values.json) printJson(output, inspectJson(model, rubric?.id ?? null));
  else output.out(inspectText(model, rubric?.id ?? null));
  return EXIT_OK;
}
