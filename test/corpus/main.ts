// npm run corpus: reads every real table of test/fixtures/real/ and prints how the engine did on each.
// `--verbose` lists each failure under its table.
import { checkTable } from "./checkTable";
import { loadTables } from "./loadTables";
import { outcomeLine, summarise, summaryLine } from "./report";

async function run(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  const outcomes = [];
  for (const table of loadTables()) {
    const o = await checkTable(table);
    outcomes.push(o);
    console.log(outcomeLine(o));
    if (verbose) for (const f of o.failures) console.log(`          - ${f}`);
  }
  const summary = summarise(outcomes);
  console.log(`fields: ${summary.fields}`);
  console.log(summaryLine(summary));
  process.exitCode = summary.pass === summary.tables ? 0 : 1;
}

void run();
