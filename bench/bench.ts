// npm run bench: core work (inspect + resolve + score + plan) on 1,000 and 10,000 items, then a file's round trip
// as `kaohe score` makes it (package read, score, write into the original package).
import { performance } from "node:perf_hooks";
import { Workbook } from "exceljs";
import { findScoringSheet, inspectSheet, planWrites, resolveFindings, scoreSheet } from "../src/core";
import type { Finding, SheetGrid } from "../src/core";
import { openWorkbook, writePlanToPackage } from "../src/xlsx/package";
import { benchGrid } from "./benchGrid";

const META = { assessor: "bench", time: "2014-12-20T08:00:00.000Z" };

/** Two findings on every other item, by row, on its first and second clauses (no amount: those clauses have fixed amounts). */
function benchFindings(items: number): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i <= items; i += 2) findings.push({ item: 3 + i, clause: 1 }, { item: 3 + i, clause: 2, count: 2 });
  return findings;
}

/** The same findings, naming each item by its text instead of its row (as people write findings.json by hand). */
function benchFindingsByName(items: number): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i <= items; i += 2) {
    const item = `第${i}项工作落实情况`;
    findings.push({ item, clause: 1 }, { item, clause: 2, count: 2 });
  }
  return findings;
}

/** What issue 6's goal measures: reading the sheet and scoring the findings (no write plan). */
function inspectAndScore(grid: SheetGrid, findings: Finding[]): number {
  const model = inspectSheet(grid);
  const { resolved } = resolveFindings(model, findings);
  return scoreSheet(model, resolved, "嵯岗镇").total;
}

function coreWork(grid: SheetGrid, findings: Finding[]): number {
  const model = inspectSheet(grid);
  const { resolved } = resolveFindings(model, findings);
  const result = scoreSheet(model, resolved, "嵯岗镇");
  const plan = planWrites(model, result, { meta: META });
  return plan.writes.length;
}

/** Median ms of each stage alone, so a slow stage shows itself. */
async function stageTimes(grid: SheetGrid, findings: Finding[], runs: number): Promise<Record<string, number>> {
  const model = inspectSheet(grid);
  const { resolved } = resolveFindings(model, findings);
  const result = scoreSheet(model, resolved, "嵯岗镇");
  return {
    inspectSheet: await timeIt(runs, 1, () => inspectSheet(grid)),
    resolveFindings: await timeIt(runs, 1, () => resolveFindings(model, findings)),
    scoreSheet: await timeIt(runs, 1, () => scoreSheet(model, resolved, "嵯岗镇")),
    planWrites: await timeIt(runs, 1, () => planWrites(model, result, { meta: META })),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

async function timeIt(runs: number, warmups: number, work: () => unknown): Promise<number> {
  for (let i = 0; i < warmups; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function workbookBytes(items: number): Promise<ArrayBuffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("评分表");
  for (const row of benchGrid(items).values) ws.addRow(row);
  ws.mergeCells(1, 1, 1, 7);
  ws.mergeCells(2, 1, 2, 7);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** What `kaohe score` does with a file: read the package, score, write the plan into the original package. */
async function fileRoundTrip(bytes: ArrayBuffer, findings: Finding[]): Promise<void> {
  const input = new Uint8Array(bytes);
  const grids = openWorkbook(input).grids;
  const grid = grids[findScoringSheet(grids)];
  if (!grid) throw new Error("bench sheet not recognised");
  const model = inspectSheet(grid);
  const { resolved } = resolveFindings(model, findings);
  writePlanToPackage(input, planWrites(model, scoreSheet(model, resolved, "嵯岗镇"), { meta: META }));
}

async function main(): Promise<void> {
  const fmt = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;
  console.log("考核评分助手 bench — median of runs after warm-up\n");
  console.log("core: inspectSheet + resolveFindings + scoreSheet + planWrites");
  const sizes = [1_000, 10_000];
  const medians: number[] = [];
  for (const items of sizes) {
    const grid = benchGrid(items);
    const findings = benchFindings(items);
    const writes = coreWork(grid, findings);
    const ms = await timeIt(items >= 10_000 ? 7 : 15, 3, () => coreWork(grid, findings));
    medians.push(ms);
    console.log(`  ${String(items).padStart(6)} items, ${String(findings.length).padStart(5)} findings, ${writes} cells to write: ${fmt(ms)}`);
    const stages = await stageTimes(grid, findings, items >= 10_000 ? 3 : 7);
    console.log(`         ${Object.entries(stages).map(([name, t]) => `${name} ${t.toFixed(1)}`).join(" · ")} (ms)`);
  }
  const [small = 0, large = 0] = medians;
  const ratio = large / small;
  console.log(`  ratio 10,000 / 1,000: ${ratio.toFixed(1)}× (linear ≈ 10×)`);

  console.log("\ncore: inspectSheet + resolveFindings + scoreSheet (issue 6: < 150 ms for 10,000 items, linear)");
  const scored: number[] = [];
  for (const items of sizes) {
    const grid = benchGrid(items);
    const findings = benchFindings(items);
    const ms = await timeIt(items >= 10_000 ? 9 : 15, 3, () => inspectAndScore(grid, findings));
    scored.push(ms);
    console.log(`  ${String(items).padStart(6)} items: ${fmt(ms)}`);
  }
  const [scoredSmall = 0, scoredLarge = 0] = scored;
  console.log(
    `  ratio 10,000 / 1,000: ${(scoredLarge / scoredSmall).toFixed(1)}×   goal < 150 ms for 10,000: ${scoredLarge < 150 ? "met" : "NOT met"}`,
  );

  console.log("\nresolveFindings with findings naming items by text (not row)");
  const byName: number[] = [];
  for (const items of sizes) {
    const model = inspectSheet(benchGrid(items));
    const findings = benchFindingsByName(items);
    const { resolved, problems } = resolveFindings(model, findings);
    const errors = problems.filter((p) => p.severity === "error").length;
    const ms = await timeIt(items >= 10_000 ? 3 : 7, 1, () => resolveFindings(model, findings));
    byName.push(ms);
    console.log(`  ${String(items).padStart(6)} items, ${String(findings.length).padStart(5)} findings by name (${resolved.length} resolved, ${errors} errors): ${fmt(ms)}`);
  }
  const [nameSmall = 0, nameLarge = 0] = byName;
  console.log(`  ratio 10,000 / 1,000: ${(nameLarge / nameSmall).toFixed(1)}× (linear ≈ 10×, quadratic ≈ 100×)`);

  const bytes = await workbookBytes(1_000);
  const findings = benchFindings(1_000);
  const ms = await timeIt(5, 1, () => fileRoundTrip(bytes, findings));
  console.log(`\nfile: read the .xlsx package (${(bytes.byteLength / 1024).toFixed(0)} KB, written by exceljs) + core + write the plan into it, 1,000 items: ${fmt(ms)}`);
}

main().then(
  () => undefined,
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
