import { join } from "node:path";
import { buildFeedback, summarize } from "../../core";
import { feedbackWorkbook } from "../../xlsx/feedbackWorkbook";
import { EXIT_OK, EXIT_PROBLEMS } from "../errors";
import { writeWorkbookFile } from "../io";
import { msg } from "../messages";
import { printJson } from "../output";
import type { Output } from "../output";
import type { FeedbackJson } from "../summaryJson";
import { prepareSummary } from "../summaryRun";
import { feedbackText, reportUnread } from "../summaryText";

/** kaohe feedback: one 反馈单 per unit, each on its own page (default ./反馈单.xlsx). */
export async function feedbackCommand(args: string[], output: Output): Promise<number> {
  const input = await prepareSummary(args, "feedback", join(process.cwd(), "反馈单.xlsx"));
  const summary = summarize(input.units, input.settings);
  const feedback = buildFeedback(input.units, summary);
  const out = input.out ?? join(process.cwd(), "反馈单.xlsx");
  await writeWorkbookFile(feedbackWorkbook(feedback, summary.title), out);
  if (input.json) {
    const json: FeedbackJson = { feedback, unread: input.unread, warnings: input.warnings, duplicates: input.duplicates, written: out };
    printJson(output, json);
  } else {
    reportUnread(output, input.unread, input.warnings, input.duplicates);
    output.out(`${feedbackText(feedback)}\n${msg.written(out)}`);
  }
  return input.unread.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
