import { problem } from "../problems";
import { normalizeKey } from "../text/normalize";
import type { Clause, Finding, Item, Problem, ResolvedFinding, SheetModel } from "../types";

/** Looks items up by sheet row or by name; built once per call so many findings stay linear. */
class ItemIndex {
  private readonly byRow = new Map<number, Item>();
  private readonly byName = new Map<string, Item[]>();
  private readonly keys: string[];

  constructor(private readonly items: Item[]) {
    for (const item of items) for (let row = item.row; row <= item.lastRow; row++) this.byRow.set(row, item);
    this.keys = items.map((it) => normalizeKey(it.name));
    items.forEach((item, i) => this.byName.set(this.keys[i], [...(this.byName.get(this.keys[i]) ?? []), item]));
  }

  find(ref: string | number): Item[] {
    if (typeof ref === "number") {
      const item = this.byRow.get(ref);
      return item ? [item] : [];
    }
    const key = normalizeKey(ref);
    if (!key) return [];
    return this.byName.get(key) ?? this.items.filter((_, i) => this.keys[i].includes(key));
  }
}

function findClause(item: Item, ref: string | number): Clause[] {
  if (typeof ref === "number") return item.clauses.filter((c) => c.index === ref);
  const key = normalizeKey(ref);
  if (!key) return [];
  const exact = item.clauses.filter((c) => normalizeKey(c.text) === key);
  return exact.length > 0 ? exact : item.clauses.filter((c) => normalizeKey(c.text).includes(key));
}

function list<T>(values: T[], show: (v: T) => string): string {
  return values.map(show).join("；");
}

/** Why an amount does not fit the clause, or null when it does. */
function amountProblem(clause: Clause, item: Item, finding: Finding): string | null {
  const { amount } = finding;
  if (amount !== undefined && (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0)) return "扣分数额应为不小于 0 的数字";
  if (clause.kind === "range") {
    if (amount === undefined) return `条款“${clause.text}”需要填写扣分（${clause.min}～${clause.max} 分）`;
    if (amount < (clause.min ?? 0) || amount > (clause.max ?? Infinity)) return `扣分 ${amount} 不在 ${clause.min}～${clause.max} 分之内`;
  }
  if (clause.kind === "manual") {
    if (amount === undefined) return `条款“${clause.text}”需要填写扣分数额`;
    if (item.points !== null && amount > item.points) return `扣分 ${amount} 超过本项分值 ${item.points} 分`;
  }
  if (clause.kind === "bonus" && amount === undefined && clause.amount === null) return `条款“${clause.text}”需要填写加分数额`;
  if (amount !== undefined && clause.amount !== null && (clause.kind === "deduct" || clause.kind === "per" || clause.kind === "bonus")) {
    return `条款“${clause.text}”的分值固定为 ${clause.amount} 分，不能另填分数（amount 只用于酌情或区间扣分）`;
  }
  return null;
}

// Clauses that apply at most once to a row: a second finding on one is a mistake, not two deductions.
const ONCE_ONLY = new Set<Clause["kind"]>(["deduct", "range", "manual", "zero", "veto", "award"]);

/** Matches each finding to one item and one clause; a finding matching none or several is an error problem. */
export function resolveFindings(model: SheetModel, findings: Finding[]): { resolved: ResolvedFinding[]; problems: Problem[] } {
  const resolved: ResolvedFinding[] = [];
  const problems: Problem[] = [];
  const index = new ItemIndex(model.items);
  const seen = new Map<string, ResolvedFinding>();
  findings.forEach((finding, i) => {
    const what = `第 ${i + 1} 条扣分记录`;
    const items = index.find(finding.item);
    if (items.length !== 1) {
      const names = items.length === 0 ? list(model.items, (it) => `${it.name}（第${it.row}行）`) : list(items, (it) => `${it.name}（第${it.row}行）`);
      const why = items.length === 0 ? `找不到项目“${finding.item}”。可选项目：` : `项目“${finding.item}”同时符合多个项目，请写得更具体：`;
      problems.push(problem("error", items.length === 0 ? "finding-item-unknown" : "finding-item-ambiguous", null, `${what}：${why}${names}`));
      return;
    }
    const item = items[0];
    const clauses = findClause(item, finding.clause);
    if (clauses.length !== 1) {
      const shown = clauses.length === 0 ? item.clauses : clauses;
      const why = clauses.length === 0 ? `在项目“${item.name}”中找不到条款“${finding.clause}”。可选条款：` : `条款“${finding.clause}”同时符合多个条款，请写得更具体：`;
      const code = clauses.length === 0 ? "finding-clause-unknown" : "finding-clause-ambiguous";
      problems.push(problem("error", code, item.criteriaCells[0] ?? null, `${what}：${why}${list(shown, (c) => `${c.index}. ${c.text}`)}`));
      return;
    }
    const clause = clauses[0];
    const count = finding.count ?? 1;
    const wholeCount = clause.unit !== "%";
    if (typeof count !== "number" || !Number.isFinite(count) || count <= 0 || (wholeCount && !Number.isInteger(count))) {
      problems.push(problem("error", "finding-count-invalid", null, `${what}（${item.name}）：次数应为${wholeCount ? "正整数" : "大于 0 的数"}`));
      return;
    }
    if (item.points === null) {
      problems.push(problem("error", "points-missing", item.pointsCell, `${what}：项目“${item.name}”没有分值，无法计算得分`));
      return;
    }
    const wrongAmount = amountProblem(clause, item, finding);
    if (wrongAmount) {
      problems.push(problem("error", "finding-amount-invalid", null, `${what}（${item.name}）：${wrongAmount}`));
      return;
    }
    const key = `${item.index}:${clause.index}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (ONCE_ONLY.has(clause.kind)) {
        problems.push(problem("warning", "finding-duplicate", item.criteriaCells[0] ?? null, `${what}：条款“${clause.text}”已记过一次，每项只扣一次，重复的记录未计入`));
        return;
      }
      earlier.count += count;
      if (finding.note) earlier.note = [earlier.note, finding.note].filter(Boolean).join("；");
      return;
    }
    const entry: ResolvedFinding = { itemIndex: item.index, clauseIndex: clause.index, count };
    if (finding.amount !== undefined) entry.amount = finding.amount;
    if (finding.note) entry.note = finding.note;
    seen.set(key, entry);
    resolved.push(entry);
  });
  return { resolved, problems };
}
