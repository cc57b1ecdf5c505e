// Layout alone: node dist/bench/layout.js (after npm run build:cli). inspectSheet on the bench grids with each
// distinct rule text parsed once, so the figures are the grid view, header and body, not the clause parser.
import { performance } from "node:perf_hooks";
import * as parsing from "../src/core/clauses/parseCriteria";
import { inspectSheet } from "../src/core/inspectSheet";
import type { CellValue, SheetGrid } from "../src/core/types";

const HEADER = ["序号", "目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"];
const CRITERIA = [
  (n: number) => `工作计划和总结空洞、缺少实质内容的扣2分；会议材料不齐全的扣1分；集中活动记录，少一次扣0.5分；第${n}项台账未建立的扣1.5分。`,
  (n: number) => `没制定工作计划的扣2分；工作不规范、材料不齐全的扣5分；每差一例扣0.2分，扣完为止；第${n}项酌情扣1～3分。`,
  (n: number) => `未按要求召开会议的扣3分(嵯岗、罕达盖除外)；1个活动场所面积未达标的扣2分；发现弄虚作假的本项不得分；第${n}项最多扣3分。`,
];

/** The grid of bench/bench.ts. */
function benchGrid(items: number): SheetGrid {
  const values: CellValue[][] = [["2014年度基层党建工作考核评分细则（压力测试）"], ["被考核单位：嵯岗镇　考核时间：2014年12月"], HEADER];
  for (let i = 1; i <= items; i++) {
    const criteria = CRITERIA[i % CRITERIA.length]?.(i) ?? "";
    values.push([i, `第${i}项工作落实情况`, `${i}、认真落实第${i}项工作，有计划、有总结、有记录。`, criteria, "查看相关档案材料", 10, null]);
  }
  values.push([null, "合计", null, null, null, items * 10, null]);
  return { name: "评分表", values, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }, { top: 2, left: 1, bottom: 2, right: 7 }] };
}

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
    console.log(`  ${String(sizes[i]).padStart(6)} items: wall ${t.wall.toFixed(1).padStart(6)} ms · cpu ${t.cpu.toFixed(1).padStart(6)} ms`);
    return t;
  });
  const [small, large] = results;
  console.log(`  ratio 10,000 / 1,000: wall ${(large.wall / small.wall).toFixed(1)}× · cpu ${(large.cpu / small.cpu).toFixed(1)}× (linear ≈ 10×)`);
}

main();
