import { join } from "node:path";
import { templateWorkbook } from "../../xlsx/template";
import { onePositional, parseCommandArgs } from "../args";
import { EXIT_OK } from "../errors";
import { writeWorkbookFile } from "../io";
import { msg } from "../messages";
import type { Output } from "../output";
import { guardOutput } from "../outputGuard";
import { loadRubricByName, rubricPath } from "../rubrics";

export async function templateCommand(args: string[], output: Output): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, ["unit", "out", "force", "help"]);
  const name = onePositional(positionals, "template");
  const rubric = await loadRubricByName(name);
  const unit = values.unit?.trim() || undefined;
  const out = values.out ?? join(process.cwd(), `${unit ?? rubric.id}.xlsx`);
  guardOutput(out, [{ path: rubricPath(name), what: "细则文件" }], values.force === true);
  await writeWorkbookFile(templateWorkbook(rubric, unit), out);
  output.out(msg.written(out));
  return EXIT_OK;
}
