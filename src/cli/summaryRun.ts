import type { AssessmentSettings, ScoredUnit, UnreadSheet } from "../core";
import { parseCommandArgs } from "./args";
import { CliError } from "./errors";
import { msg } from "./messages";
import { guardOutput } from "./outputGuard";
import { duplicateUnits, inputFiles, loadSettings, readScoredUnits } from "./summaryInputs";

export interface SummaryInputs {
  settings: AssessmentSettings;
  units: ScoredUnit[];
  unread: UnreadSheet[];
  warnings: UnreadSheet[];
  duplicates: { unit: string; sources: string[] }[];
  out: string | undefined;
  json: boolean;
}

/**
 * What summary, feedback and combine share: arguments, settings (checked before any file is read), the output
 * guarded before anything is written, then the units read one file at a time. No unit at all is an error.
 */
export async function prepareSummary(args: string[], command: string, defaultOut?: string): Promise<SummaryInputs> {
  const { positionals, values } = parseCommandArgs(args, ["workbook", "settings", "out", "force", "json", "help"]);
  const paths = [...positionals, ...(values.workbook !== undefined ? [values.workbook] : [])];
  if (paths.length === 0) throw new CliError(msg.noInputs(command));
  const settings = await loadSettings(values.settings);
  const out = values.out ?? defaultOut;
  if (out !== undefined) {
    const inputs = [
      ...paths.map((path) => ({ path, what: "评分表" })),
      ...(values.settings ? [{ path: values.settings, what: "考核设置文件" }] : []),
    ];
    guardOutput(out, inputs, values.force === true);
  }
  const listed = await inputFiles(paths, out !== undefined ? [out] : []);
  const read = await readScoredUnits(listed.files);
  const unread = [...listed.unread, ...read.unread];
  if (read.units.length === 0) {
    throw new CliError([msg.noUnits, ...unread.map((u) => `  ${u.source}：${u.reason}`)].join("\n"));
  }
  return {
    settings,
    units: read.units,
    unread,
    warnings: read.warnings,
    duplicates: command === "combine" ? [] : duplicateUnits(read.units),
    out,
    json: values.json === true,
  };
}
