// npm run bench: core work (inspect + resolve + score + plan) on 1,000 and 10,000 items, then the exceljs round trip.
import { performance } from "node:perf_hooks";
import { Workbook } from "exceljs";
import { findScoringSheet, inspectSheet, planWrites, resolveFindings, scoreSheet } from "../src/core";
import type { CellValue, Finding, SheetGrid } from "../src/core";
import { applyWritePlan } from "../src/xlsx/applyWritePlan";
import { gridsFromWorkbook } from "../src/xlsx/readWorkbook";

const HEADER = ["序号", "目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"];
const CRITERIA = [
  (n: number) => `工作计划和总结空洞、缺少实质内容的扣2分；会议材料不齐全的扣1分；集中活动记录，少一次扣0.5分；第${n}项台账未建立的扣1.5分。`,
  (n: number) => `没制定工作计划的扣2分；工作不规范、材料不齐全的扣5分；每差一例扣0.2分，扣完为止；第${n}项酌情扣1～3分。`,
  (n: number) => `未按要求召开会议的扣3分(嵯岗、罕达盖除外)；1个活动场所面积未达标的扣2分；发现弄虚作假的本项不得分；第${n}项最多扣3分。`,
];
const META = { assessor: "bench", time: "2014-12-20T08:00:00.000Z" };

function benchGrid(items: number): SheetGrid {
  const values: CellValue[][] = [["2014年度基层党建工作考核评分细则（压力测试）"], ["被考核单位：嵯岗镇　考核时间：2014年12月"], HEADER];
  for (let i = 1; i <= items; i++) {
    const criteria = CRITERIA[i % CRITERIA.length]?.(i) ?? "";
    values.push([i, `第${i}项工作落实情况`, `${i}、认真落实第${i}项工作，有计划、有总结、有记录。`, criteria, "查看相关档案材料", 10, null]);
  }
  values.push([null, "合计", null, null, null, items * 10, null]);
  return { name: "评分表", values, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }, { top: 2, left: 1, bottom: 2, right: 7 }] };
}

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

async function fileRoundTrip(bytes: ArrayBuffer, findings: Finding[]): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes);
  const grids = gridsFromWorkbook(wb);
  const grid = grids[findScoringSheet(grids)];
  if (!grid) throw new Error("bench sheet not recognised");
  const model = inspectSheet(grid);
  const { resolved } = resolveFindings(model, findings);
  applyWritePlan(wb, planWrites(model, scoreSheet(model, resolved, "嵯岗镇"), { meta: META }));
  await wb.xlsx.writeBuffer();
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
  console.log(`  ratio 10,000 / 1,000: ${ratio.toFixed(1)}× (linear ≈ 10×)   goal < 100 ms for 10,000: ${large < 100 ? "met" : "NOT met"}`);

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
  console.log(`\nexceljs: load .xlsx (${(bytes.byteLength / 1024).toFixed(0)} KB) + read grid + core + apply plan + write .xlsx, 1,000 items: ${fmt(ms)}`);
}

main().then(
  () => undefined,
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
