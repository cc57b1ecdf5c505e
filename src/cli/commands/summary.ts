import { analyzeLosses, summarize } from "../../core";
import { summaryWorkbook } from "../../xlsx/summaryWorkbook";
import { EXIT_OK, EXIT_PROBLEMS } from "../errors";
import { writeWorkbookFile } from "../io";
import { msg } from "../messages";
import { printJson } from "../output";
import type { Output } from "../output";
import type { SummaryJson } from "../summaryJson";
import { prepareSummary } from "../summaryRun";
import { reportUnread, summaryText } from "../summaryText";

/** kaohe summary: 汇总 with ranks and grades, and 失分分析, over one file per unit or the unit sheets of a workbook. */
export async function summaryCommand(args: string[], output: Output): Promise<number> {
  const input = await prepareSummary(args, "summary");
  const summary = summarize(input.units, input.settings);
  const analysis = analyzeLosses(input.units);
  if (input.out !== undefined) await writeWorkbookFile(summaryWorkbook(summary, analysis), input.out);
  if (input.json) {
    const { unread, warnings, duplicates } = input;
    const json: SummaryJson = { ...summary, analysis, unread, warnings, duplicates, written: input.out ?? null };
    printJson(output, json);
  } else {
    reportUnread(output, input.unread, input.warnings, input.duplicates);
    output.out(`${summaryText(summary)}\n${input.out !== undefined ? msg.written(input.out) : msg.summaryHint}`);
  }
  return input.unread.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
