// Every table in test/fixtures/real/ (one module per table exporting `table`), sorted by slug.
import { readdirSync } from "fs";
import { join } from "path";
import type { RealTable } from "../fixtures/real/realTable";

const DIR = join(__dirname, "..", "fixtures", "real");

export function loadTables(): RealTable[] {
  const files = readdirSync(DIR).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts") && !/^realTable\./.test(f));
  const tables: RealTable[] = [];
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(DIR, file)) as { table?: RealTable };
    if (!mod.table) throw new Error(`${file} exports no table`);
    tables.push(mod.table);
  }
  return tables.sort((a, b) => a.slug.localeCompare(b.slug));
}
