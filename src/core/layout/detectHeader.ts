import type { ColumnMap, Role } from "../types";
import type { GridView } from "./gridView";
import { parsePoints } from "../exact";
import { normalizeHeader } from "../text/normalize";
import { rolesOfHeader } from "./headerRoles";

export interface HeaderFound {
  /** The header row; the second one when the header has two rows. */
  headerRow: number;
  /** The first header row. */
  topRow: number;
  /** First row after the header (two-row headers take two). */
  bodyRow: number;
  columns: ColumnMap;
  itemColumns: number[];
  /** Found by the loose test only: the roles are left to the content to tell. */
  loose?: boolean;
  /** The finest item column names categories over rows with points of their own: each row is an item. */
  finestIsCategory?: boolean;
}

const SEARCH_ROWS = 30;

// Grade columns (A | B | C, 优 | 良 | 中 | 差): the points of each level; the first, the highest, is the row's points.
const GRADE = /^(?:[A-E]|优秀?|良好?|中等?|合格|较好|好|一般|较差|差|不合格)(?:等|级|档)?$/;

function candidatesOfRow(view: GridView, row: number): Map<number, Role[]> {
  const found = new Map<number, Role[]>();
  let grades = 0;
  let firstGrade = 0;
  for (let col = 1; col <= view.colCount; col++) {
    if (!GRADE.test(view.text(row, col))) continue;
    grades++;
    if (firstGrade === 0) firstGrade = col;
  }
  if (grades >= 2) found.set(firstGrade, ["points"]);
  for (let col = 1; col <= view.colCount; col++) {
    const m = view.merge(row, col);
    if (m && (m.left !== col || m.top !== row)) continue;
    const roles = rolesOfHeader(view.text(row, col));
    if (roles.length > 0) found.set(col, roles);
  }
  return found;
}

// A table has rules beside items, points or scores; or, as a checklist, points beside items and scores.
function isTable(candidates: Map<number, Role[]>): boolean {
  const roles = new Set([...candidates.values()].flat());
  const named = roles.has("item") || roles.has("requirement");
  if (roles.has("criteria")) return named || roles.has("points") || roles.has("score");
  return roles.has("points") && named && (roles.has("score") || roles.has("deduction") || roles.has("index"));
}

// Items beside points, a method or a score: the rules or the points may sit in a column the header does not name,
// for the content to tell. Taken only when no row is a table by the strict test.
function mayBeTable(candidates: Map<number, Role[]>): boolean {
  const roles = new Set([...candidates.values()].flat());
  const named = roles.has("item") || roles.has("requirement");
  if (roles.has("index") && roles.has("points")) return true;
  return named && candidates.size >= 2 && (roles.has("points") || roles.has("score") || roles.has("method") || roles.has("selfScore"));
}

// 检查项目 written once over two columns (a category merged down, then the item): both are item columns.
function widenItemHeader(view: GridView, row: number, found: { columns: ColumnMap; itemColumns: number[] }): void {
  const taken = new Set(Object.values(found.columns));
  // 考核内容 over a column of sub-numbers and a column of names: the names hold the requirement.
  const req = found.columns.requirement;
  const reqMerge = req === undefined ? undefined : view.merge(row, req);
  if (req !== undefined && reqMerge && reqMerge.right > reqMerge.left && mostlyNumbers(view, row + 1, req)) {
    for (let c = reqMerge.left + 1; c <= reqMerge.right; c++) {
      if (!taken.has(c) && !mostlyNumbers(view, row + 1, c)) {
        found.columns.requirement = c;
        break;
      }
    }
  }
  for (const col of [...found.itemColumns]) {
    const m = view.merge(row, col);
    if (!m || m.right <= m.left || m.top !== row) continue;
    for (let c = m.left + 1; c <= m.right; c++) {
      if (!taken.has(c) && !found.itemColumns.includes(c) && !mostlyNumbers(view, row + 1, c)) found.itemColumns.push(c);
    }
  }
  found.itemColumns.sort((a, b) => a - b);
  if (found.itemColumns.length > 0) found.columns.item = found.itemColumns[found.itemColumns.length - 1];
}

// A second header row names the columns under a cell merged across them (考核内容 → 一级指标 | 二级指标).
function subHeader(view: GridView, row: number): Map<number, Role[]> | null {
  if (row + 1 > view.rowCount) return null;
  // A row with numbers in it, or a cell merged further down (保\n证\n项\n目), is the first row of the body.
  for (let col = 1; col <= view.colCount; col++) {
    if (typeof view.raw(row + 1, col) === "number") return null;
    const m = view.merge(row + 1, col);
    if (m && m.top === row + 1 && m.bottom > row + 1) return null;
  }
  const below = candidatesOfRow(view, row + 1);
  const under = [...below.keys()].filter((col) => {
    const m = view.merge(row, col);
    return (m !== undefined && m.right > m.left) || view.text(row, col) === "";
  });
  return under.length > 0 ? new Map(under.map((col) => [col, below.get(col) as Role[]])) : null;
}

function assignColumns(candidates: Map<number, Role[]>): { columns: ColumnMap; itemColumns: number[] } {
  const columns: ColumnMap = {};
  const itemColumns: number[] = [];
  const ordered = [...candidates.entries()].sort((a, b) => a[0] - b[0]);
  const taken = (role: Role) => (role === "item" ? itemColumns.length > 0 : columns[role] !== undefined);
  const take = (role: Role, col: number) => {
    if (role === "item") itemColumns.push(col);
    else columns[role] = col;
  };
  for (const [col, roles] of ordered) {
    // Scores given in turn (乡镇评分 | 县审核得分, 党员打分 … 平均分): the last one is the final score.
    if (roles.length === 1 && (roles[0] === "item" || roles[0] === "score" || !taken(roles[0]))) take(roles[0], col);
  }
  for (const [col, roles] of ordered) {
    if (roles.length > 1) {
      // 内容 right of 项目 when the requirement is named already: one level finer of the items.
      const finer = roles.includes("item") && itemColumns.length > 0 && col > Math.max(...itemColumns);
      const role = roles.find((r) => !taken(r)) ?? (finer ? "item" : undefined);
      if (role) take(role, col);
    }
  }
  itemColumns.sort((a, b) => a - b);
  if (itemColumns.length > 0) columns.item = itemColumns[itemColumns.length - 1];
  return { columns, itemColumns };
}

// A column under a widened header that holds numbers ("10分" a row) holds points, not names.
function mostlyNumbers(view: GridView, from: number, col: number): boolean {
  let numbers = 0;
  let filled = 0;
  for (let row = from; row <= Math.min(view.rowCount, from + 30); row++) {
    const v = view.raw(row, col);
    if (view.isBlank(v)) continue;
    filled++;
    if (parsePoints(v) !== null) numbers++;
  }
  return filled > 0 && numbers >= 0.6 * filled;
}

// 一级指标 · 二级指标 · 考核要点: the 要点 column right of the item columns is the finest level, not a requirement.
const FINEST_LEVEL = /^(考核要点|评价要点|检查要点|三级指标|考核细目)$/;

function finestLevel(
  view: GridView,
  row: number,
  sub: Map<number, Role[]> | null,
  found: { columns: ColumnMap; itemColumns: number[] },
): void {
  const req = found.columns.requirement;
  const last = found.itemColumns[found.itemColumns.length - 1];
  if (req === undefined || last === undefined || req < last || found.itemColumns.length < 2) return;
  const text = normalizeHeader(sub?.has(req) ? view.text(row + 1, req) : view.text(row, req));
  if (!FINEST_LEVEL.test(text)) return;
  delete found.columns.requirement;
  found.itemColumns.push(req);
  found.columns.item = req;
}

/** The first row near the top whose cells name a scoring table's columns, and the column of each role. */
export function detectHeader(view: GridView): HeaderFound | null {
  const last = Math.min(view.rowCount, SEARCH_ROWS);
  let loose = 0;
  for (let row = 1; row <= last; row++) {
    const candidates = candidatesOfRow(view, row);
    if (isTable(candidates)) return headerAt(view, row, candidates);
    if (loose === 0 && mayBeTable(candidates)) loose = row;
  }
  return loose > 0 ? { ...headerAt(view, loose, candidatesOfRow(view, loose)), loose: true } : null;
}

function headerAt(view: GridView, row: number, candidates: Map<number, Role[]>): HeaderFound {
  {
    const sub = subHeader(view, row);
    if (sub) {
      for (const [col, roles] of sub) candidates.set(col, roles);
      for (const [col, roles] of [...candidates.entries()]) {
        const m = view.merge(row, col);
        if (!m || m.right <= m.left || sub.has(col)) continue;
        candidates.delete(col);
        // 得分 over 自评 | 复评: the parent's role goes to its last sub-column that names no role of its own.
        for (let c = m.right; c >= m.left; c--) {
          if (!sub.has(c) && view.text(row + 1, c) !== "") {
            candidates.set(c, roles);
            break;
          }
        }
      }
    }
    const spansTwo = [...candidates.keys()].some((col) => (view.merge(row, col)?.bottom ?? row) > row);
    const assigned = assignColumns(candidates);
    if (!sub) widenItemHeader(view, row, assigned);
    finestLevel(view, row, sub, assigned);
    // With a second header row naming the columns (一级指标 | 二级指标), that row is the header row the user sees.
    return { headerRow: sub ? row + 1 : row, topRow: row, bodyRow: sub || spansTwo ? row + 2 : row + 1, ...assigned };
  }
}
