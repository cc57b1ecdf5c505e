import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { findRubricMatch, scoredUnitsFromGrids, sheetTitles, withDefaults } from "../core";
import type { AssessmentSettings, Rubric, ScoredUnit, UnitsRead, UnreadSheet } from "../core";
import { SettingsError, validateSettings } from "../core";
import { CliError } from "./errors";
import { readJsonFile, readWorkbookFile } from "./io";
import { fileErrorText, msg } from "./messages";
import { loadBundledRubrics } from "./rubrics";

/** --settings, validated; the defaults without it. Invalid settings end the command before anything is read. */
export async function loadSettings(path: string | undefined): Promise<AssessmentSettings> {
  if (path === undefined) return withDefaults();
  const json = await readJsonFile(path, "考核设置文件");
  try {
    return validateSettings(json);
  } catch (e) {
    if (e instanceof SettingsError)
      throw new CliError([msg.badSettings(path), ...e.issues.map((i) => `  ${i.path}：${i.message}`)].join("\n"));
    throw e;
  }
}

const WORKBOOK = /\.xls[xm]$/i;
// Excel's lock files (~$name.xlsx) and hidden files are not workbooks anyone meant.
const SKIPPED = /^(~\$|\.)/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, "zh"))) {
    if (SKIPPED.test(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else if (WORKBOOK.test(e.name)) out.push(path);
  }
  return out;
}

/** The workbook files named or found in the folders named (recursively, by name); paths that are not there are unread. */
export async function inputFiles(paths: string[], exclude: string[]): Promise<{ files: string[]; unread: UnreadSheet[] }> {
  const files: string[] = [];
  const unread: UnreadSheet[] = [];
  const skip = new Set(exclude.map((p) => resolve(p)));
  for (const path of paths) {
    try {
      const info = await stat(path);
      const found = info.isDirectory() ? await filesUnder(path) : [path];
      for (const f of found) if (!skip.has(resolve(f)) && !files.some((x) => resolve(x) === resolve(f))) files.push(f);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      unread.push({ source: path, reason: code === "ENOENT" ? "文件或文件夹不存在" : fileErrorText(code, "read") });
    }
  }
  return { files, unread };
}

/**
 * Reads the files one at a time and keeps only the scored units, so memory does not grow with the number of
 * files. A file that cannot be read, or a sheet that is not scored, is listed with its reason.
 */
export async function readScoredUnits(files: string[]): Promise<UnitsRead> {
  const rubrics: Rubric[] = await loadBundledRubrics();
  const units: ScoredUnit[] = [];
  const unread: UnreadSheet[] = [];
  const warnings: UnreadSheet[] = [];
  for (const file of files) {
    let grids;
    try {
      grids = (await readWorkbookFile(file)).grids;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      unread.push({ source: file, reason: e.message });
      continue;
    }
    const read = scoredUnitsFromGrids(grids, {
      source: file,
      fallbackUnit: basename(file, extname(file)),
      rubricFor: (grid, model) =>
        findRubricMatch({ titles: sheetTitles(grid, model.layout.headerRow), itemNames: model.items.map((i) => i.name) }, rubrics)
          ?.rubric ?? null,
    });
    units.push(...read.units);
    unread.push(...read.unread);
    warnings.push(...read.warnings);
  }
  return { units, unread, warnings };
}

/** Units named more than once (two files for one unit): each name with its sources. */
export function duplicateUnits(units: ScoredUnit[]): { unit: string; sources: string[] }[] {
  const byName = new Map<string, string[]>();
  for (const u of units) byName.set(u.unit, [...(byName.get(u.unit) ?? []), u.source]);
  return [...byName].filter(([, s]) => s.length > 1).map(([unit, sources]) => ({ unit, sources }));
}
