import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { analyseSheet, RubricError, validateRubric } from "../core";
import type { InspectOptions, Rubric, SheetGrid, SheetModel } from "../core";
import { CliError } from "./errors";
import { readJsonFile } from "./io";
import { msg } from "./messages";

const SCHEMA_FILE = "rubric.schema.json";

/** The package's rubrics/ folder, found upwards from this file (src/cli under ts-jest, dist/src/cli when built). */
export function bundledRubricsDir(): string | null {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, "rubrics");
    if (existsSync(join(candidate, SCHEMA_FILE))) return candidate;
  }
  return null;
}

export async function loadRubricFile(path: string): Promise<Rubric> {
  const json = await readJsonFile(path, "细则文件");
  try {
    return validateRubric(json);
  } catch (e) {
    if (e instanceof RubricError) throw new CliError(msg.badRubric(path, e.message));
    throw e;
  }
}

/** The file a rubric name stands for: the path itself, or a bundled rubric's file for its id ("2014-sumu-town"). */
export function rubricPath(name: string): string {
  const dir = bundledRubricsDir();
  if (!existsSync(name) && dir && !/[\\/]/.test(name)) {
    const bundled = join(dir, name.endsWith(".json") ? name : `${name}.json`);
    if (existsSync(bundled)) return bundled;
  }
  return name;
}

/** A rubric file path, or the id of a bundled rubric ("2014-sumu-town"). */
export async function loadRubricByName(name: string): Promise<Rubric> {
  return loadRubricFile(rubricPath(name));
}

export async function loadBundledRubrics(): Promise<Rubric[]> {
  const dir = bundledRubricsDir();
  if (!dir) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !basename(f).endsWith(".schema.json"))
    .sort();
  return Promise.all(files.map((f) => loadRubricFile(join(dir, f))));
}

export interface InspectedSheet {
  model: SheetModel;
  rubric: Rubric | null;
}

export interface InspectChoices {
  /** --rubric: a file or a bundled rubric's id; else a bundled rubric is used only when it is the sheet's own. */
  rubric?: string;
  unit: string | null;
  columns?: InspectOptions["columns"];
}

/** Inspects with the rubric given by --rubric, or else the bundled rubric that strongly matches the sheet (core's analyseSheet). */
export async function inspectWithRubric(grid: SheetGrid, choices: InspectChoices): Promise<InspectedSheet> {
  const options: InspectOptions = { unit: choices.unit, columns: choices.columns };
  const given = choices.rubric !== undefined ? await loadRubricByName(choices.rubric) : null;
  const { model, rubric, rubricApplied } = analyseSheet(grid, { ...options, rubric: given }, given ? [] : await loadBundledRubrics());
  if (rubricApplied) model.problems.push(rubricApplied);
  return { model, rubric };
}
