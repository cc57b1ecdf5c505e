import { a1, columnLetter } from "./a1";
import { maxDeduction } from "./clauses/clauseLimits";
import { fromMilli, toMilli } from "./exact";
import { detectHeader, type HeaderFound } from "./layout/detectHeader";
import { detectUnit } from "./layout/detectUnit";
import { GridView } from "./layout/gridView";
import { readTable } from "./layout/readTable";
import { rolesFromContent } from "./layout/rolesFromContent";
import { readSheetRules, withoutExplained } from "./layout/sheetRules";
import { problem } from "./problems";
import { enrichFromRubric } from "./rubric/enrichFromRubric";
import type { Rubric } from "./rubric/rubric";
import type { ColumnMap, Item, Problem, Role, SheetGrid, SheetModel } from "./types";

export interface InspectOptions {
  /** A rubric that supplies what the sheet's text does not say (caps, exceptions). */
  rubric?: Rubric | null;
  /** Roles the user set by hand; a null value removes a role. */
  columns?: Partial<Record<keyof ColumnMap, number | null>>;
  /** The unit being assessed, when known better than the sheet says. */
  unit?: string | null;
}

function emptyModel(grid: SheetGrid, problems: Problem[]): SheetModel {
  return {
    layout: {
      sheet: grid.name,
      headerRow: 0,
      columns: {},
      itemColumns: [],
      unit: null,
      lastColumn: 0,
      firstRow: 0,
      lastRow: 0,
      total: null,
    },
    items: [],
    declaredTotal: null,
    pointsSum: 0,
    problems,
  };
}

function applyOverrides(header: HeaderFound, overrides: InspectOptions["columns"]): HeaderFound {
  if (!overrides) return header;
  const columns: ColumnMap = { ...header.columns };
  let itemColumns = [...header.itemColumns];
  for (const [role, col] of Object.entries(overrides) as [Role, number | null][]) {
    if (col === null) delete columns[role];
    else columns[role] = col;
    if (role === "item") itemColumns = col === null ? [] : [...itemColumns.filter((c) => c < col), col];
  }
  return { ...header, columns, itemColumns };
}

/** Reads the scoring table of one sheet: header, columns, items and their clauses, and the problems seen. */
export function inspectSheet(grid: SheetGrid, options: InspectOptions = {}): SheetModel {
  const view = new GridView(grid);
  const found = detectHeader(view);
  if (!found) {
    return emptyModel(grid, [problem("error", "no-table", null, { sheet: grid.name })]);
  }
  const fixed = new Set(Object.keys(options.columns ?? {}) as Role[]);
  const guessed = rolesFromContent(view, found, fixed);
  const header = applyOverrides(guessed.header, options.columns);
  // Without rules or points there is nothing to score; without rules only, the rows are a checklist.
  if (header.columns.criteria === undefined && header.columns.points === undefined && header.columns.note === undefined) {
    return emptyModel(grid, [problem("error", "column-missing", null, { role: "criteria" })]);
  }
  const table = readTable(view, header);
  table.problems.unshift(...guessed.problems);
  if (header.columns.criteria === undefined) table.problems.unshift(problem("warning", "column-missing", null, { role: "criteria" }));
  if (options.rubric) enrichFromRubric(table.items, options.rubric);
  const unit = options.unit ?? detectUnit(view, header.headerRow, grid.name);
  const pointsSum = fromMilli(table.items.reduce((sum, item) => sum + toMilli(item.points ?? 0), 0));
  const model: SheetModel = {
    layout: {
      sheet: grid.name,
      headerRow: header.headerRow,
      columns: header.columns,
      itemColumns: header.itemColumns,
      unit,
      lastColumn: lastHeaderColumn(view, header.headerRow),
      firstRow: header.bodyRow,
      lastRow: table.lastRow,
      total: table.total,
    },
    items: table.items,
    declaredTotal: table.total?.declaredPoints ?? null,
    pointsSum,
    problems: table.problems,
  };
  const sheetRules = readSheetRules(view, model.items, { topRow: header.topRow, lastRow: table.lastRow, noteCol: header.columns.note });
  if (sheetRules.length > 0) {
    model.sheetRules = sheetRules;
    model.problems = withoutExplained(model.problems, model.items, sheetRules);
  }
  model.problems.push(...layoutProblems(model), ...itemProblems(model.items, header.columns.criteria !== undefined));
  return model;
}

function layoutProblems(model: SheetModel): Problem[] {
  const { columns, headerRow, total } = model.layout;
  const out: Problem[] = [];
  if (model.items.length === 0) out.push(problem("error", "no-items", null, {}));
  if (columns.points === undefined && model.items.some((it) => it.points === null)) {
    out.push(problem("warning", "column-missing", null, { role: "points" }));
  }
  if (columns.score === undefined) {
    out.push(problem("info", "score-column-missing", null, { purpose: "fill" }));
  }
  for (const item of model.items) {
    if (item.points === null && columns.points !== undefined && item.pointsCell) {
      const already = model.problems.some((p) => p.cell === item.pointsCell);
      if (!already) out.push(problem("error", "points-missing", item.pointsCell, { item: item.name }));
    }
  }
  if (total && model.declaredTotal !== null && Math.abs(model.declaredTotal - model.pointsSum) > 1e-9) {
    const cell = columns.points !== undefined ? a1(total.row, columns.points) : null;
    out.push(problem("error", "points-sum-mismatch", cell, { sum: model.pointsSum, total: model.declaredTotal }));
  }
  const seen = new Map<string, Item>();
  for (const item of model.items) {
    const key = `${item.group ?? ""}|${item.name}`;
    const first = seen.get(key);
    if (first && item.name) {
      const col = columnLetter(columns.item ?? 1);
      out.push(problem("warning", "duplicate-item", `${col}${item.row}`, { item: item.name, firstRow: first.row, row: item.row }));
    } else seen.set(key, item);
  }
  if (headerRow === 0) out.push(problem("error", "no-table", null, {}));
  return out;
}

function itemProblems(items: Item[], hasCriteria: boolean): Problem[] {
  const out: Problem[] = [];
  // Plain loops over each item's clauses: this runs once per row of the sheet, and makes nothing it does not keep.
  for (const item of items) {
    const cell = item.criteriaCells[0] ?? null;
    const clauses = item.clauses;
    if (clauses.length === 0) {
      // A checklist has no rules at all: one column-missing warning says so, not one per row.
      if (hasCriteria) out.push(problem("warning", "no-clauses", cell, { item: item.name }));
      continue;
    }
    let pointless = false;
    for (const clause of clauses) {
      if (clause.unread) out.push(problem("info", "clause-unread", cell, { clause: clause.text }));
      if (clause.kind === "veto" || clause.kind === "bonus") pointless = true;
    }
    if (item.points === null || pointless) continue;
    const points = item.points;
    let reach = 0;
    for (const clause of clauses) {
      const most = maxDeduction(clause, points);
      reach += most;
      if (clause.kind !== "zero" && clause.kind !== "manual" && Number.isFinite(most) && most > points) {
        out.push(problem("warning", "clause-exceeds-points", cell, { clause: clause.text, most, points }));
      }
    }
    if (reach < points - 1e-9) {
      out.push(problem("info", "cannot-reach-zero", cell, { item: item.name, reach: round(reach), points }));
    }
  }
  return out;
}

function lastHeaderColumn(view: GridView, row: number): number {
  for (let col = view.colCount; col >= 1; col--) {
    const m = view.merge(row, col);
    if (view.text(row, col) !== "") return m ? m.right : col;
  }
  return 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Index of the first grid that holds a scoring table (one whose header names its rules first), or -1. */
export function findScoringSheet(grids: SheetGrid[]): number {
  let loose = -1;
  for (let i = 0; i < grids.length; i++) {
    const found = detectHeader(new GridView(grids[i]));
    if (found && !found.loose) return i;
    if (found && loose < 0) loose = i;
  }
  return loose;
}
