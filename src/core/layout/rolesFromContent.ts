import { columnLetter } from "../a1";
import { problem } from "../problems";
import type { ColumnMap, Problem, Role } from "../types";
import type { HeaderFound } from "./detectHeader";
import type { GridView } from "./gridView";
import { rolesOfHeader } from "./headerRoles";
import { pointsOfCell } from "./pointsOfCell";

// Enough rows to tell a column's content; reading more would only cost time on long sheets.
const SAMPLE_ROWS = 200;
// Scoring tables are a few columns wide; a stray cell far right does not widen what is read.
const MAX_COLUMNS = 64;
const RULE = /扣|不得分|[得计加奖减]\s*[\d.一二两三四五六七八九十半]+\s*分/;

interface ColumnStats {
  nonblank: number;
  rules: number;
  numbers: number;
  /** Numbers that go 1, 2, 3 … down the column: a 序号, not points. */
  counting: number;
  textLength: number;
  /** Cells merged down over several rows: a category column. */
  mergedDown: number;
}

function statsOf(view: GridView, header: HeaderFound): ColumnStats[] {
  const stats: ColumnStats[] = [];
  for (let col = 0; col <= view.colCount; col++)
    stats.push({ nonblank: 0, rules: 0, numbers: 0, counting: 0, textLength: 0, mergedDown: 0 });
  const last = Math.min(view.rowCount, header.bodyRow + SAMPLE_ROWS);
  const lastNumber: number[] = [];
  const width = Math.min(view.colCount, MAX_COLUMNS);
  for (let row = header.bodyRow; row <= last; row++) {
    for (let col = 1; col <= width; col++) {
      const m = view.merge(row, col);
      if (m && (m.top !== row || m.left !== col)) continue;
      const value = view.raw(row, col);
      if (view.isBlank(value)) continue;
      const s = stats[col];
      s.nonblank++;
      if (m && m.bottom > m.top) s.mergedDown++;
      const read = pointsOfCell(value);
      if ("points" in read && read.points !== null && read.points <= 100) {
        s.numbers++;
        if (read.points === (lastNumber[col] ?? 0) + 1) s.counting++;
        lastNumber[col] = read.points;
        continue;
      }
      const text = view.text(row, col);
      s.textLength += text.length;
      if (RULE.test(text)) s.rules++;
    }
  }
  return stats;
}

export interface Guessed {
  header: HeaderFound;
  problems: Problem[];
}

/**
 * Roles the header words left open, read from what the cells hold: rules (扣…分), small numbers (points), short
 * names (items), merged-down categories. Roles the user set by hand are not guessed.
 */
export function rolesFromContent(view: GridView, found: HeaderFound, fixed: ReadonlySet<Role>): Guessed {
  const columns: ColumnMap = { ...found.columns };
  let itemColumns = [...found.itemColumns];
  const problems: Problem[] = [];
  const needs = (role: Role) => columns[role] === undefined && !fixed.has(role);
  let cached: ColumnStats[] | null = null;
  const stats = () => (cached ??= statsOf(view, found));
  const taken = () => new Set<number>([...Object.values(columns), ...itemColumns]);
  const guess = (role: Role, col: number) => {
    columns[role] = col;
    problems.push(problem("warning", "column-guessed", `${columnLetter(col)}${found.headerRow}`, { role, column: columnLetter(col) }));
  };

  if (!fixed.has("criteria")) {
    ruleColumnOfTwo(view, found, columns, itemColumns, stats);
    rulesBesideStandards(view, found, columns, itemColumns, stats);
  }
  if (needs("criteria")) {
    let best = 0;
    let bestRules = 0;
    const open = taken();
    for (let col = 1; col <= view.colCount; col++) {
      const s = stats()[col];
      // 考核内容 read as the item column can hold the rules, when names stand left of it (星级名称 | 考核内容).
      const loneItem = itemColumns.length === 1 && itemColumns[0] === col && col > 1;
      const free = !open.has(col) || col === columns.requirement || col === columns.method || loneItem;
      if (!free || s.rules < 2 || s.rules < 0.3 * s.nonblank || s.rules <= bestRules) continue;
      best = col;
      bestRules = s.rules;
    }
    if (best > 0) {
      if (columns.requirement === best) delete columns.requirement;
      if (columns.method === best) delete columns.method;
      if (itemColumns.includes(best)) {
        itemColumns = [];
        delete columns.item;
      }
      guess("criteria", best);
    }
  }
  if (!fixed.has("item") && !fixed.has("requirement")) {
    const promoted = categoryLevels(view, found.bodyRow, columns, itemColumns, stats);
    itemColumns = promoted.itemColumns;
    if (promoted.requirementFreed) reassignRequirement(view, found.headerRow, columns, itemColumns);
  }
  if (needs("points")) {
    const open = taken();
    for (let col = 1; col <= view.colCount; col++) {
      const s = stats()[col];
      if (open.has(col) || s.numbers < 2 || s.numbers < 0.6 * s.nonblank || s.counting >= 0.8 * s.numbers) continue;
      guess("points", col);
      break;
    }
  }
  if (itemColumns.length === 0 && !fixed.has("item")) {
    const open = taken();
    const before = columns.criteria ?? columns.points ?? view.colCount + 1;
    // Beside rules the names are short; in a checklist the standard itself names the row.
    const longest = columns.criteria === undefined ? 80 : 20;
    const names: number[] = [];
    for (let col = 1; col < before; col++) {
      const s = stats()[col];
      const texts = s.nonblank - s.numbers;
      if (open.has(col) || texts < 2 || s.numbers > 0.5 * s.nonblank || s.textLength / texts > longest) continue;
      names.push(col);
    }
    if (names.length > 0) {
      itemColumns = names;
      guess("item", names[names.length - 1]);
    }
  }
  // No item column, and the requirement column holds short names (环境整治, 菜园管理): they are the items.
  if (itemColumns.length === 0 && !fixed.has("item") && columns.requirement !== undefined) {
    const s = stats()[columns.requirement];
    const texts = s.nonblank - s.numbers;
    if (texts >= 2 && s.textLength / texts <= 12) {
      itemColumns = [columns.requirement];
      columns.item = columns.requirement;
      delete columns.requirement;
    }
  }
  // A column with no header word left of the items, its cells merged down: the items' categories.
  const untitled = untitledLeftOfItems(view, { ...found, itemColumns, columns });
  const categories = untitled.filter((col) => stats()[col].mergedDown > 0 && stats()[col].numbers === 0 && !taken().has(col));
  if (categories.length > 0 && itemColumns.length > 0 && !fixed.has("item")) itemColumns = [...categories, ...itemColumns];
  const finest = itemColumns[itemColumns.length - 1];
  const finestIsCategory =
    finest !== undefined && columns.points !== undefined && isCategoryColumn(view, found.bodyRow, finest, columns.points);
  return { header: { ...found, columns, itemColumns, finestIsCategory }, problems };
}

/**
 * A rule column whose cells hold no deduction at all (标准, 创建标准: the standards) beside a column that does:
 * 扣分说明 becomes the rule column; a 备注 keeps its role and its rules are read from it. The standards are the
 * requirement.
 */
function rulesBesideStandards(
  view: GridView,
  found: HeaderFound,
  columns: ColumnMap,
  itemColumns: number[],
  stats: () => ColumnStats[],
): void {
  const current = columns.criteria;
  if (current === undefined) return;
  const s = stats();
  if (s[current].rules > 0 || s[current].nonblank < 2) return;
  const assigned = new Set<number>([...Object.values(columns), ...itemColumns]);
  let best = 0;
  for (let col = 1; col <= view.colCount; col++) {
    const free = !assigned.has(col) || (col === columns.note && /扣/.test(view.text(found.headerRow, col)));
    if (free && col !== current && s[col].rules >= 1 && s[col].rules > (best ? s[best].rules : 0)) best = col;
  }
  const noteRules = columns.note !== undefined && s[columns.note].rules >= 1;
  if (best === 0 && !noteRules) return;
  delete columns.criteria;
  if (columns.requirement === undefined) columns.requirement = current;
  if (best > 0) {
    if (columns.note === best) delete columns.note;
    columns.criteria = best;
  }
}

// Header words that name the deduction rules themselves, stronger than a bare 标准 or 考核标准.
const RULE_HEADER = /扣|加减|细则|评分|计分|得分/;

/**
 * Two columns with rule words in their header (考核标准 | 扣分标准, 评定标准 | 评分细则): the rules are in the one
 * whose cells hold more deduction phrases (a header that says 扣 or 细则 breaks a tie); the other, left of it,
 * is the requirement.
 */
function ruleColumnOfTwo(view: GridView, found: HeaderFound, columns: ColumnMap, itemColumns: number[], stats: () => ColumnStats[]): void {
  const current = columns.criteria;
  if (current === undefined) return;
  const rows =
    found.topRow < found.headerRow
      ? [found.topRow, found.headerRow]
      : found.bodyRow > found.headerRow + 1
        ? [found.headerRow, found.headerRow + 1]
        : [found.headerRow];
  const headerOf = (col: number) => rows.map((r) => view.text(r, col)).join("");
  const assigned = new Set<number>([...Object.values(columns), ...itemColumns]);
  let best = current;
  const weight = (col: number) => stats()[col].rules * 10 + (RULE_HEADER.test(headerOf(col)) ? 5 : 0);
  for (let col = 1; col <= view.colCount; col++) {
    if (col === current || assigned.has(col) || !rolesOfHeader(headerOf(col)).includes("criteria")) continue;
    if (weight(col) > weight(best)) best = col;
  }
  if (best === current) return;
  columns.criteria = best;
  if (columns.requirement === undefined && current < best) columns.requirement = current;
}

// True when the column's cells are merged down over several rows that each have points of their own: the column
// names categories, and the items are one level finer.
function isCategoryColumn(view: GridView, from: number, col: number, pointsCol: number): boolean {
  let categories = 0;
  let cells = 0;
  const last = Math.min(view.rowCount, from + SAMPLE_ROWS);
  for (let row = from; row <= last; row++) {
    const m = view.merge(row, col);
    if (m && m.top !== row) continue;
    if (view.isBlank(view.raw(row, col))) continue;
    cells++;
    if (!m || m.bottom === m.top) continue;
    let pointRows = 0;
    for (let r = m.top; r <= m.bottom && pointRows < 2; r++) {
      const pm = view.merge(r, pointsCol);
      if ((!pm || pm.top === r) && !view.isBlank(view.raw(r, pointsCol))) pointRows++;
    }
    if (pointRows >= 2) categories++;
  }
  return categories > 0 && categories * 2 >= cells;
}

/**
 * Levels of a hierarchy the header words misplace: a requirement column merged over items is a category level
 * (检查内容 over its 评分细则 rows); a finest item column that is a category gives way to the requirement column
 * right of it, whose rows are the items (项目 | 内容 | 标准要求).
 */
function categoryLevels(
  view: GridView,
  from: number,
  columns: ColumnMap,
  itemColumns: number[],
  stats: () => ColumnStats[],
): { itemColumns: number[]; requirementFreed: boolean } {
  const pointsCol = columns.points;
  if (pointsCol === undefined || itemColumns.length === 0) return { itemColumns, requirementFreed: false };
  // Names, not sentences: a requirement merged over its rules is shared text, not a category.
  const short = (col: number) => {
    const s = stats()[col];
    const texts = s.nonblank - s.numbers;
    return texts > 0 && s.textLength / texts <= 15;
  };
  let levels = itemColumns;
  const req = columns.requirement;
  if (req !== undefined && short(req) && isCategoryColumn(view, from, req, pointsCol)) {
    levels = [...levels, req].sort((a, b) => a - b);
    delete columns.requirement;
    columns.item = levels[levels.length - 1];
    return { itemColumns: levels, requirementFreed: false };
  }
  const finest = levels[levels.length - 1];
  if (req !== undefined && req === finest + 1 && short(req) && isCategoryColumn(view, from, finest, pointsCol)) {
    delete columns.requirement;
    columns.item = req;
    return { itemColumns: [...levels, req], requirementFreed: true };
  }
  return { itemColumns: levels, requirementFreed: false };
}

// The requirement column freed by a promotion goes to the next column whose header names a requirement.
function reassignRequirement(view: GridView, headerRow: number, columns: ColumnMap, itemColumns: number[]): void {
  const taken = new Set<number>([...Object.values(columns), ...itemColumns]);
  for (let col = (columns.item ?? 0) + 1; col <= view.colCount; col++) {
    if (taken.has(col)) continue;
    if (rolesOfHeader(view.text(headerRow, col)).includes("requirement")) {
      columns.requirement = col;
      return;
    }
  }
}

function untitledLeftOfItems(view: GridView, found: HeaderFound): number[] {
  const first = found.itemColumns[0];
  if (first === undefined) return [];
  const taken = new Set(Object.values(found.columns));
  const out: number[] = [];
  for (let col = 1; col < first; col++) {
    if (!taken.has(col) && view.text(found.headerRow, col) === "" && !view.merge(found.headerRow, col)) out.push(col);
  }
  return out;
}
