// Layout alone: node dist/bench/layout.js (after npm run build:cli). inspectSheet on the bench grids with each
// distinct rule text parsed once, so the figures are the grid view, header and body, not the clause parser.
import { performance } from "node:perf_hooks";
import * as parsing from "../src/core/clauses/parseCriteria";
import { inspectSheet } from "../src/core/inspectSheet";
import type { SheetGrid } from "../src/core/types";
import { benchGrid } from "./benchGrid";

// The compiled module's export is a plain property: replace it with a reader that remembers each text's result.
// Each bench text belongs to one item, so its clauses are numbered the same on every run and can be shared.
function cacheParsing(): void {
  const exports = parsing as unknown as { parseCriteria: typeof parsing.parseCriteria };
  const parse = exports.parseCriteria;
  const seen = new Map<string, ReturnType<typeof parse>>();
  exports.parseCriteria = (text: string) => {
    let found = seen.get(text);
    if (!found) seen.set(text, (found = parse(text)));
    return found;
  };
}

interface Timing {
  wall: number;
  cpu: number;
}

function measure(grid: SheetGrid, runs: number): Timing {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    inspectSheet(grid);
    const ms = performance.now() - start;
    const used = process.cpuUsage(startCpu);
    wall = Math.min(wall, ms);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function main(): void {
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;
  cacheParsing();
  const sizes = [1_000, 10_000];
  const grids = sizes.map(benchGrid);
  // Warm-up: every distinct text parsed, the code optimised.
  for (const grid of grids) for (let i = 0; i < 3; i++) inspectSheet(grid);
  console.log(`layout (inspectSheet, parsing cached per text) — min of ${runs} runs`);
  const results = grids.map((grid, i) => {
    const t = measure(grid, runs);
    console.log(
      `  ${String(sizes[i]).padStart(6)} items: wall ${t.wall.toFixed(1).padStart(6)} ms · cpu ${t.cpu.toFixed(1).padStart(6)} ms`,
    );
    return t;
  });
  const [small, large] = results;
  console.log(
    `  ratio 10,000 / 1,000: wall ${(large.wall / small.wall).toFixed(1)}× · cpu ${(large.cpu / small.cpu).toFixed(1)}× (linear ≈ 10×)`,
  );
}

main();
