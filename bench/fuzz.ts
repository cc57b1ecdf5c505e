// npm run fuzz [-- --n 5000 --seed 1]: random scoring sheets (layouts, merges, junk and error cells, long texts) and
// random findings through inspect → resolve → score → planWrites → apply → inspect → check. Prints
// `fuzz: N cases, F failures`; a failure is a throw, a score out of bounds, or check disagreeing with score.
import { a1, addExact, checkSheet, inspectSheet, parsePoints, planWrites, resolveFindings, scoreSheet, unwrittenScores } from "../src/core";
import type { CellRange, CellValue, Finding, Item, SheetGrid, SheetModel, WritePlan } from "../src/core";

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const chance = (rng: Rng, p: number) => rng() < p;

const HEADERS = {
  index: ["序号", "编号"],
  item: ["目标项目", "考核项目", "项目", "考核内容"],
  requirement: ["目标要求", "考核要求"],
  criteria: ["评分标准", "考核细则", "扣分标准", "评 分 标 准"],
  method: ["考核方式", "考核办法"],
  points: ["分值", "标准分", "分 值"],
  score: ["得分", "实得分", "得  分"],
  deduction: ["扣分"],
  note: ["备注", "扣分说明"],
} as const;
type Column = keyof typeof HEADERS;

const NAMES = [
  "组织建设",
  "党员队伍建设",
  "党员干部教育管理",
  "安全生产",
  "环境卫生",
  "作业检查",
  "班主任工作",
  "垃圾分类",
  "综合治理",
  "信息报送",
];
const AMOUNTS = [0.5, 1, 2, 3, 5];

function clauseText(rng: Rng): string {
  const a = pick(rng, AMOUNTS);
  const cap = pick(rng, [2, 3, 5, 10]);
  const phrases = [
    `未落实的扣${a}分`,
    `每少一次扣${a}分`,
    `少一次扣${a}分，最多扣${cap}分`,
    `每发现一处扣${a}分，扣完为止`,
    `酌情扣1～${cap}分`,
    `发现弄虚作假的本项不得分`,
    `每超额完成一例加${a}分，加分不超过${cap}分`,
    `完成任务得${cap}分`,
    `一次扣${a}分，两次扣${a * 2}分，三次以上不得分`,
    `发生重大事故的一票否决`,
    `未按要求召开会议的扣${a}分(嵯岗、罕达盖除外)`,
    "见附件",
    "#REF!",
    "",
  ];
  return pick(rng, phrases);
}

function criteria(rng: Rng): string {
  if (chance(rng, 0.02)) return `未落实扣1分。${"情况说明".repeat(int(rng, 2000, 9000))}`;
  const n = int(rng, 1, 4);
  return Array.from({ length: n }, () => clauseText(rng)).join(pick(rng, ["；", "。", ";", "\n"]));
}

function points(rng: Rng): CellValue {
  if (chance(rng, 0.9)) return pick(rng, [1, 2, 3, 5, 10, 15, 20, 2.5]);
  return pick(rng, ["#REF!", "#DIV/0!", "十", "5分", null, -3, 0, "abc", true]);
}

export interface FuzzCase {
  grid: SheetGrid;
  findings: Finding[];
}

/** One random sheet and random findings on it. */
export function fuzzCase(seed: number): FuzzCase {
  const rng = random(seed);
  const optional: Column[] = ["index", "requirement", "method", "deduction", "note"].filter(() => chance(rng, 0.3)) as Column[];
  const columns: Column[] = ["item", "criteria", "points", ...optional];
  if (chance(rng, 0.85)) columns.push("score");
  columns.sort(() => (chance(rng, 0.2) ? rng() - 0.5 : 0));
  const colOf = (c: Column) => columns.indexOf(c);
  const width = columns.length;
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];

  const titleRows = int(rng, 0, 2);
  for (let t = 0; t < titleRows; t++) {
    const row: CellValue[] = Array(width).fill(null);
    row[0] = t === 0 ? "2024年度考核评分细则" : "被考核单位：嵯岗镇";
    values.push(row);
    if (width > 1 && chance(rng, 0.7)) merges.push({ top: values.length, left: 1, bottom: values.length, right: width });
  }
  values.push(columns.map((c) => pick(rng, HEADERS[c])));

  const items = int(rng, 1, 14);
  let sum = 0;
  for (let i = 0; i < items; i++) {
    const span = chance(rng, 0.2) ? int(rng, 2, 3) : 1;
    const top = values.length + 1;
    const p = points(rng);
    if (typeof p === "number") sum += p;
    for (let r = 0; r < span; r++) {
      const row: CellValue[] = Array(width).fill(null);
      if (r === 0) {
        row[colOf("item")] = chance(rng, 0.05) ? "" : `${pick(rng, NAMES)}${chance(rng, 0.5) ? i + 1 : ""}`;
        row[colOf("points")] = p;
        if (colOf("index") >= 0) row[colOf("index")] = i + 1;
        if (colOf("requirement") >= 0) row[colOf("requirement")] = chance(rng, 0.1) ? "#N/A" : "认真落实，有计划有总结";
        if (colOf("method") >= 0) row[colOf("method")] = "查看资料";
        if (colOf("score") >= 0 && chance(rng, 0.1)) row[colOf("score")] = pick(rng, [p, 0, "八分", null]);
        if (colOf("note") >= 0 && chance(rng, 0.2)) row[colOf("note")] = pick(rng, ["已整改", "#VALUE!", "x".repeat(200)]);
      }
      row[colOf("criteria")] = criteria(rng);
      values.push(row);
    }
    if (span > 1) {
      for (const c of ["item", "points", "score", "index", "requirement", "method", "deduction", "note"] as Column[]) {
        if (colOf(c) >= 0) merges.push({ top, left: colOf(c) + 1, bottom: top + span - 1, right: colOf(c) + 1 });
      }
    }
  }
  if (chance(rng, 0.7)) {
    const row: CellValue[] = Array(width).fill(null);
    row[colOf("item")] = pick(rng, ["合计", "总分", "合 计"]);
    row[colOf("points")] = chance(rng, 0.85) ? sum : sum + 5;
    values.push(row);
  }
  if (chance(rng, 0.2)) values.push(["检查人员：", null, "负责人："].slice(0, width));

  // Formulas as offices write them: 得分 = 分值 − 扣分 on each item row, and =SUM over the 得分 column in 合计.
  const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
  const scoreCol = colOf("score");
  if (scoreCol >= 0 && chance(rng, 0.25)) {
    const letter = (c: number) => String.fromCharCode(65 + c);
    const first = titleRows + 2;
    const totalRow = values.findIndex((row, r) => r >= first && /^(合 ?计|总分)$/.test(String(row[colOf("item")] ?? "")));
    const last = totalRow >= 0 ? totalRow : values.length;
    if (colOf("deduction") >= 0 && chance(rng, 0.7)) {
      for (let r = first; r <= last; r++) {
        const row = values[r - 1] as CellValue[];
        if (typeof row[colOf("points")] === "number" && row[colOf("item")]) {
          (formulas[r - 1] as (string | null)[])[scoreCol] = `=${letter(colOf("points"))}${r}-${letter(colOf("deduction"))}${r}`;
          row[scoreCol] = row[colOf("points")] ?? null;
        }
      }
    }
    if (totalRow >= 0) (formulas[totalRow] as (string | null)[])[scoreCol] = `=SUM(${letter(scoreCol)}${first}:${letter(scoreCol)}${last})`;
  }

  const findings: Finding[] = [];
  const n = int(rng, 0, 12);
  for (let f = 0; f < n; f++) {
    const finding: Finding = {
      item: chance(rng, 0.7) ? int(rng, titleRows + 2, values.length) : pick(rng, NAMES),
      clause: chance(rng, 0.85) ? int(rng, 1, 4) : pick(rng, ["扣", "一次", "不存在的条款"]),
    };
    if (chance(rng, 0.5)) finding.count = pick(rng, [1, 2, 3, 10, 1e9, 0.5]);
    if (chance(rng, 0.25)) finding.amount = pick(rng, [0, 0.5, 1, 2, 3, 100]);
    if (chance(rng, 0.2)) finding.note = chance(rng, 0.1) ? "备注".repeat(20000) : "现场检查发现";
    findings.push(finding);
  }
  if (chance(rng, 0.1)) findings.push({ item: titleRows + 2, score: pick(rng, [0, 1, 4.5, 100]), note: "直接打分" });
  return { grid: { name: "随机表", values, merges, formulas }, findings };
}

/**
 * The grid after the plan's writes (the log sheet is not part of it), with its formulas recalculated as Excel would
 * on open: a written cell loses its formula; `=E4-G4` and `=SUM(F4:F14)` are computed, row formulas first.
 */
export function applyToGrid(grid: SheetGrid, plan: WritePlan): SheetGrid {
  const values = grid.values.map((row) => [...row]);
  const formulas = (grid.formulas ?? []).map((row) => [...row]);
  for (const w of plan.writes) {
    while (values.length < w.row) values.push([]);
    const row = values[w.row - 1] as CellValue[];
    while (row.length < w.col) row.push(null);
    row[w.col - 1] = w.value;
    const f = formulas[w.row - 1];
    if (f && f[w.col - 1] !== undefined) f[w.col - 1] = null;
  }
  const at = (ref: string): number => {
    const m = /^([A-Z])(\d+)$/.exec(ref);
    if (!m) return 0;
    const v = values[Number(m[2]) - 1]?.[(m[1] as string).charCodeAt(0) - 65];
    return typeof v === "number" ? v : 0;
  };
  const evaluate = (formula: string): number | null => {
    const diff = /^=([A-Z]\d+)-([A-Z]\d+)$/.exec(formula);
    if (diff) return at(diff[1] as string) - at(diff[2] as string);
    const sum = /^=SUM\(([A-Z])(\d+):[A-Z](\d+)\)$/.exec(formula);
    if (!sum) return null;
    let total = 0;
    for (let r = Number(sum[2]); r <= Number(sum[3]); r++) total = addExact(total, at(`${sum[1]}${r}`));
    return total;
  };
  for (const pass of ["row", "sum"]) {
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f || f.startsWith("=SUM") !== (pass === "sum")) return;
        const v = evaluate(f);
        if (v !== null) (values[r] as CellValue[])[c] = v;
      }),
    );
  }
  return { ...grid, values, formulas };
}

/** Most an item may score: its points plus each bonus clause's cap (or the row's points when none is stated). */
function itemMax(item: Item): number {
  const points = item.points ?? 0;
  return item.clauses.filter((c) => c.kind === "bonus").reduce((sum, c) => sum + (c.cap ?? points), points);
}

/** Two items whose 得分 is one cell: the layout read one item as two (each would overwrite the other's score). */
function sharedScoreCell(model: SheetModel): { cell: string; rows: number[] } | null {
  const seen = new Map<string, number>();
  for (const item of model.items) {
    if (!item.scoreCell) continue;
    const cell = a1(item.scoreCell.row, item.scoreCell.col);
    const first = seen.get(cell);
    if (first !== undefined) return { cell, rows: [first, item.row] };
    seen.set(cell, item.row);
  }
  return null;
}

/** A body row with an item name and positive points in the columns the layout found, inside no item: an item lost. */
function lostItemRow(grid: SheetGrid, model: SheetModel): number | null {
  const { columns, firstRow, lastRow } = model.layout;
  if (columns.item === undefined || columns.points === undefined) return null;
  for (let row = firstRow; row <= lastRow; row++) {
    const name = grid.values[row - 1]?.[columns.item - 1];
    const points = grid.values[row - 1]?.[columns.points - 1];
    if (typeof name !== "string" || name.trim() === "" || typeof points !== "number" || points <= 0) continue;
    if (!model.items.some((it) => row >= it.row && row <= it.lastRow)) return row;
  }
  return null;
}

const key = (p: { code: string; cell: string | null }) => `${p.code}|${p.cell ?? ""}`;

/** What a case came to: refused (no table), passed (with how many findings applied), or failed and why. */
export type CaseOutcome = { kind: "refused" } | { kind: "passed"; applied: number } | { kind: "failed"; reason: string };

/** Why this case fails, or null when it passes (or the sheet holds no table). */
export function runCase(c: FuzzCase): string | null {
  const outcome = caseOutcome(c);
  return outcome.kind === "failed" ? outcome.reason : null;
}

export function caseOutcome(c: FuzzCase): CaseOutcome {
  const fail = (reason: string): CaseOutcome => ({ kind: "failed", reason });
  try {
    const model: SheetModel = inspectSheet(c.grid);
    if (model.layout.headerRow === 0 || model.items.length === 0) return { kind: "refused" };
    const shared = sharedScoreCell(model);
    if (shared) return fail(`layout: items on rows ${shared.rows.join(" and ")} share the score cell ${shared.cell}`);
    const lost = lostItemRow(c.grid, model);
    if (lost !== null) return fail(`layout: row ${lost} has an item name and points but is read as no item`);
    const { resolved } = resolveFindings(model, c.findings);
    const result = scoreSheet(model, resolved, model.layout.unit);
    for (const s of result.items) {
      if (s.score === null) continue;
      const item = model.items[s.itemIndex] as Item;
      if (!Number.isFinite(s.score) || s.score < 0 || s.score > itemMax(item) + 1e-9) {
        return fail(`score out of bounds: row ${s.row} scored ${s.score} of ${item.points}`);
      }
    }
    const plan = planWrites(model, result, { force: true, meta: { assessor: "fuzz", time: "t" } });
    for (const w of plan.writes) {
      if (typeof w.value === "string" && w.value.length > 32767) return fail(`cell ${a1(w.row, w.col)} over 32,767 characters`);
    }
    for (const row of plan.log) {
      for (const v of row) if (typeof v === "string" && v.length > 32767) return fail("log cell over 32,767 characters");
    }
    const unwritten = unwrittenScores(model, result, plan);
    const after = inspectSheet(applyToGrid(c.grid, plan));
    const before = new Set(
      checkSheet(model)
        .filter((p) => p.severity === "error")
        .map(key),
    );
    const fresh = checkSheet(after).filter((p) => p.severity === "error" && !before.has(key(p)));
    if (fresh.length > 0) return fail(`check after score: ${fresh.map((p) => `${p.code} ${p.cell ?? ""} ${p.message}`).join("; ")}`);
    for (const s of result.items) {
      if (s.score === null || unwritten.items.has(s.itemIndex)) continue;
      const again = after.items.find((it) => it.row === s.row);
      const written = parsePoints(again?.existingScore ?? null);
      if (written === null || Math.abs(written - s.score) > 1e-9)
        return fail(`row ${s.row}: score ${s.score}, sheet reads ${String(again?.existingScore)}`);
    }
    const total = after.layout.total;
    if (total && !unwritten.total && total.scoreFormula === null && total.score !== null && Math.abs(total.score - result.total) > 1e-9) {
      return fail(`total: score ${result.total}, sheet reads ${total.score}`);
    }
    return { kind: "passed", applied: result.applied.length };
  } catch (e) {
    return fail(`threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

export interface FuzzReport {
  cases: number;
  /** Cases whose sheet held no table (refusing is a right answer; too many means the generator is off). */
  refused: number;
  /** Findings applied over all cases, to show the scoring path really ran. */
  applied: number;
  failures: { seed: number; reason: string }[];
}

/** Cases seed, seed+1, … seed+n-1. */
export function runFuzz(n: number, seed: number): FuzzReport {
  const report: FuzzReport = { cases: n, refused: 0, applied: 0, failures: [] };
  for (let i = 0; i < n; i++) {
    const outcome = caseOutcome(fuzzCase(seed + i));
    if (outcome.kind === "refused") report.refused++;
    else if (outcome.kind === "passed") report.applied += outcome.applied;
    else report.failures.push({ seed: seed + i, reason: outcome.reason });
  }
  return report;
}

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isFinite(value) ? value : fallback;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const report = runFuzz(option(args, "n", 5000), option(args, "seed", 1));
  for (const f of report.failures.slice(0, 20)) console.log(`  seed ${f.seed}: ${f.reason.split("\n")[0]}`);
  console.log(`  (${report.refused} sheets without a table, ${report.applied} findings applied)`);
  console.log(`fuzz: ${report.cases} cases, ${report.failures.length} failures`);
  process.exitCode = report.failures.length > 0 ? 1 : 0;
}
