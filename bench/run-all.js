#!/usr/bin/env node
// npm run bench (after build:cli and build): the core bench, then the web budgets, each under its own heading.
// Exits non-zero when either part fails; the other still runs.
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PARTS = [
  { title: "1/3 core — inspect + resolve + score + plan, 1,000 and 10,000 items (dist/bench/bench.js)", script: "dist/bench/bench.js" },
  { title: "2/3 web — pane initial JS (gzipped) and preview first render in headless Chromium (bench/web-bench.js)", script: "bench/web-bench.js" },
  { title: "3/3 summary — 300 unit files and one workbook with 100 unit sheets (dist/bench/summary-bench.js)", script: "dist/bench/summary-bench.js" },
];

let failed = 0;
for (const part of PARTS) {
  console.log(`\n=== ${part.title} ===\n`);
  const run = spawnSync(process.execPath, [path.join(ROOT, part.script)], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.error(`\n!!! ${part.script} failed (exit ${run.status ?? run.signal})`);
  }
}
console.log(failed === 0 ? "\n=== bench done ===" : `\n=== bench done, ${failed} part(s) failed ===`);
process.exitCode = failed === 0 ? 0 : 1;
