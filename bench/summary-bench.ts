// Summary at scale: 300 unit files of the 2014 rubric, and one workbook with 100 unit sheets, scored through core.
// npm run build:cli && node dist/bench/summary-bench.js
// Each `kaohe summary` runs as its own process under /usr/bin/time -v, so its peak memory is measured alone.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Workbook } from "exceljs";
import { inspectSheet, planWrites, resolveFindings, scoreSheet, validateRubric } from "../src/core";
import type { CellValue, Finding, Rubric, SheetGrid } from "../src/core";
import { applyWritePlan } from "../src/xlsx/applyWritePlan";
import { templateWorkbook } from "../src/xlsx/template";
import { templateLayout } from "../src/xlsx/templateLayout";

const ROOT = resolve(__dirname, "../..");
const META = { assessor: "bench", time: "2014-12-20 08:00:00 (UTC+8)" };
const GOAL_SECONDS = 20;

/** Findings that differ from unit to unit: item i loses its first clause when (n + i) % 3 == 0, and so on. */
function findingsFor(n: number, rubric: Rubric): Finding[] {
  const out: Finding[] = [];
  rubric.items.forEach((item, i) => {
    if ((n + i) % 3 === 0) out.push({ item: item.name, clause: 1 });
    if ((n * 7 + i) % 5 === 0 && item.clauses.length > 1) out.push({ item: item.name, clause: 2 });
  });
  return out;
}

/** Scores a unit's blank sheet through core and records it in `wb` (score cells and the 扣分明细 log). */
function scoreInto(wb: Workbook, grid: SheetGrid, rubric: Rubric, unit: string, n: number, log: CellValue[][] | null): CellValue[][] {
  const model = inspectSheet(grid, { rubric, unit });
  const { resolved, problems } = resolveFindings(model, findingsFor(n, rubric));
  const error = problems.find((p) => p.severity === "error");
  if (error) throw new Error(`${unit}: ${error.message}`);
  const plan = planWrites(model, scoreSheet(model, resolved, unit), { force: true, existingLog: log, meta: META });
  applyWritePlan(wb, plan);
  return plan.log;
}

async function unitFiles(dir: string, count: number, rubric: Rubric): Promise<string[]> {
  const files: string[] = [];
  for (let n = 1; n <= count; n++) {
    const unit = `第${n}单位镇`;
    const wb = templateWorkbook(rubric, unit);
    scoreInto(wb, templateLayout(rubric, unit).grid, rubric, unit, n, null);
    const path = join(dir, `${String(n).padStart(3, "0")}-${unit}.xlsx`);
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    files.push(path);
  }
  return files;
}

async function unitSheetsWorkbook(path: string, count: number, rubric: Rubric): Promise<void> {
  const wb = new Workbook();
  const grids: SheetGrid[] = [];
  for (let n = 1; n <= count; n++) {
    const { grid } = templateLayout(rubric, `第${n}单位镇`);
    const ws = wb.addWorksheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = grid.formulas?.[r]?.[c];
        if (formula) ws.getCell(r + 1, c + 1).value = { formula: formula.slice(1) };
        else if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of grid.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    grids.push(grid);
  }
  let log: CellValue[][] | null = null;
  grids.forEach((grid, i) => (log = scoreInto(wb, grid, rubric, `第${i + 1}单位镇`, i + 1, log)));
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

interface Run {
  seconds: number;
  peakMb: number;
  code: number | null;
  stderr: string;
}

function runSummary(args: string[], nodeOptions: string[] = []): Run {
  const start = performance.now();
  const command = ["-v", process.execPath, ...nodeOptions, join(ROOT, "bin/kaohe.js"), "summary", ...args];
  const r = spawnSync("/usr/bin/time", command, { cwd: ROOT, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMb: kb / 1024, code: r.status, stderr: r.stderr.split("\n\tCommand being timed")[0] ?? "" };
}

function line(label: string, run: Run): string {
  return `${label.padEnd(34)} ${run.seconds.toFixed(2).padStart(7)} s   peak RSS ${run.peakMb.toFixed(0).padStart(4)} MB   exit ${run.code}`;
}

async function main(): Promise<void> {
  const rubric = validateRubric(JSON.parse(readFileSync(join(ROOT, "rubrics/2014-sumu-town.json"), "utf8")));
  const dir = mkdtempSync(join(tmpdir(), "kaohe-summary-bench-"));
  try {
    const filesDir = join(dir, "units");
    mkdirSync(filesDir);
    let t = performance.now();
    const files = await unitFiles(filesDir, 300, rubric);
    console.log(`made 300 scored unit files in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const workbook = join(dir, "100个单位.xlsx");
    await unitSheetsWorkbook(workbook, 100, rubric);
    console.log(`made one workbook with 100 scored unit sheets in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);

    const runs: [string, Run][] = [
      ["summary of 30 files", runSummary([...files.slice(0, 30), "--out", join(dir, "30.xlsx")])],
      ["summary of 100 files", runSummary([...files.slice(0, 100), "--out", join(dir, "100.xlsx")])],
      ["summary of 300 files (a folder)", runSummary([filesDir, "--out", join(dir, "300.xlsx")])],
      // Memory that grew with the files would fail here: the heap is capped at what 30 files use.
      ["300 files, heap capped at 48 MB", runSummary([filesDir, "--out", join(dir, "300b.xlsx")], ["--max-old-space-size=48"])],
      ["summary of 1 workbook, 100 sheets", runSummary(["--workbook", workbook, "--out", join(dir, "wb.xlsx")])],
    ];
    for (const [label, run] of runs) console.log(line(label, run));
    const failed = runs.filter(([, r]) => r.code !== 0);
    for (const [label, r] of failed) console.error(`\n!!! ${label} failed:\n${r.stderr}`);
    const three = runs[2][1];
    const ok = failed.length === 0 && three.seconds < GOAL_SECONDS;
    console.log(
      `\ngoal: 300 files under ${GOAL_SECONDS} s — ${three.seconds < GOAL_SECONDS ? "met" : "NOT met"}; peak memory 100 → 300 files: ${runs[1][1].peakMb.toFixed(0)} → ${three.peakMb.toFixed(0)} MB`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
