import { Workbook } from "exceljs";
import { combineUnits, summarize } from "../../core";
import { combinedSheet } from "../../core";
import { putOutputSheet } from "../../xlsx/outputSheet";
import { addSummarySheet } from "../../xlsx/summaryWorkbook";
import { EXIT_OK, EXIT_PROBLEMS } from "../errors";
import { writeWorkbookFile } from "../io";
import { msg } from "../messages";
import { printJson } from "../output";
import type { Output } from "../output";
import { combinedForJson, type CombineJson } from "../summaryJson";
import { prepareSummary } from "../summaryRun";
import { combinedText, reportUnread, summaryText } from "../summaryText";

/** kaohe combine: several assessors' scorings of the same units, combined per unit (and weighted by part). */
export async function combineCommand(args: string[], output: Output): Promise<number> {
  const input = await prepareSummary(args, "combine");
  const combined = combineUnits(input.units, input.settings);
  const summary = summarize(
    combined.map((c) => c.scored),
    input.settings,
  );
  if (input.out !== undefined) {
    const wb = new Workbook();
    addSummarySheet(wb, summary);
    putOutputSheet(wb, combinedSheet(combined));
    await writeWorkbookFile(wb, input.out);
  }
  const unassigned = combined.flatMap((c) => c.unassigned.map((source) => ({ source, reason: "路径中没有任何部分的名称，未计入加权" })));
  const warnings = [...input.warnings, ...unassigned];
  if (input.json) {
    const json: CombineJson = { combined: combinedForJson(combined), summary, unread: input.unread, warnings, written: input.out ?? null };
    printJson(output, json);
  } else {
    reportUnread(output, input.unread, warnings, []);
    output.out(
      `${combinedText(combined)}\n\n${summaryText(summary)}\n${input.out !== undefined ? msg.written(input.out) : msg.summaryHint}`,
    );
  }
  return input.unread.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
