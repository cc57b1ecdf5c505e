import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { RubricError, validateRubric } from "../core";
import type { Rubric } from "../core";
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

/** A rubric file path, or the id of a bundled rubric ("2014-sumu-town"). */
export async function loadRubricByName(name: string): Promise<Rubric> {
  const dir = bundledRubricsDir();
  if (!existsSync(name) && dir && !/[\\/]/.test(name)) {
    const bundled = join(dir, name.endsWith(".json") ? name : `${name}.json`);
    if (existsSync(bundled)) return loadRubricFile(bundled);
  }
  return loadRubricFile(name);
}

export async function loadBundledRubrics(): Promise<Rubric[]> {
  const dir = bundledRubricsDir();
  if (!dir) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && basename(f) !== SCHEMA_FILE)
    .sort();
  return Promise.all(files.map((f) => loadRubricFile(join(dir, f))));
}
