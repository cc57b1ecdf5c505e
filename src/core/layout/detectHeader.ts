import type { ColumnMap, Role } from "../types";
import type { GridView } from "./gridView";
import { rolesOfHeader } from "./headerRoles";

export interface HeaderFound {
  headerRow: number;
  /** First row after the header (two-row headers take two). */
  bodyRow: number;
  columns: ColumnMap;
  itemColumns: number[];
}

const SEARCH_ROWS = 30;

function candidatesOfRow(view: GridView, row: number): Map<number, Role[]> {
  const found = new Map<number, Role[]>();
  for (let col = 1; col <= view.colCount; col++) {
    const m = view.merge(row, col);
    if (m && (m.left !== col || m.top !== row)) continue;
    const roles = rolesOfHeader(view.text(row, col));
    if (roles.length > 0) found.set(col, roles);
  }
  return found;
}

function isTable(candidates: Map<number, Role[]>): boolean {
  const roles = new Set([...candidates.values()].flat());
  return roles.has("criteria") && (roles.has("item") || roles.has("points") || roles.has("score") || roles.has("requirement"));
}

// A second header row names the columns under a cell merged across them (考核内容 → 一级指标 | 二级指标).
function subHeader(view: GridView, row: number): Map<number, Role[]> | null {
  if (row + 1 > view.rowCount) return null;
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
    if (roles.length === 1 && (roles[0] === "item" || !taken(roles[0]))) take(roles[0], col);
  }
  for (const [col, roles] of ordered) {
    if (roles.length > 1) {
      const role = roles.find((r) => !taken(r));
      if (role) take(role, col);
    }
  }
  itemColumns.sort((a, b) => a - b);
  if (itemColumns.length > 0) columns.item = itemColumns[itemColumns.length - 1];
  return { columns, itemColumns };
}

/** The first row near the top whose cells name a scoring table's columns, and the column of each role. */
export function detectHeader(view: GridView): HeaderFound | null {
  const last = Math.min(view.rowCount, SEARCH_ROWS);
  for (let row = 1; row <= last; row++) {
    const candidates = candidatesOfRow(view, row);
    if (!isTable(candidates)) continue;
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
    return { headerRow: row, bodyRow: sub || spansTwo ? row + 2 : row + 1, ...assignColumns(candidates) };
  }
  return null;
}
