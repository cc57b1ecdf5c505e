import { join } from "node:path";
import { templateWorkbook } from "../../xlsx/template";
import { onePositional, parseCommandArgs } from "../args";
import { EXIT_OK } from "../errors";
import { writeWorkbookFile } from "../io";
import { msg } from "../messages";
import type { Output } from "../output";
import { loadRubricByName } from "../rubrics";

export async function templateCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, ["unit", "out", "help"]);
  const rubric = await loadRubricByName(onePositional(positionals, "template"));
  const unit = values.unit?.trim() || undefined;
  const out = values.out ?? join(process.cwd(), `${unit ?? rubric.id}.xlsx`);
  await writeWorkbookFile(templateWorkbook(rubric, unit), out);
  output.out(msg.written(out));
  return EXIT_OK;
}
