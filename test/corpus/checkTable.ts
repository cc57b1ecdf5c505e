// Compares what the engine reads from one corpus table with the table's hand-written expectations.
import { columnLetter, inspectSheet, resolveFindings, scoreSheet } from "../../src/core";
import type { Item, Role, SheetModel } from "../../src/core";
import type { RealTable, ScoredCase } from "../fixtures/real/realTable";
import { tableXlsx } from "./buildTable";
import { gridsFromXlsx } from "./readBack";

export interface TableOutcome {
  slug: string;
  field: string;
  refused: boolean;
  itemsFound: number;
  itemsExpected: number;
  pointsSum: number;
  pointsExpected: number;
  clauses: number;
  unread: number;
  scoredPassed: number;
  scoredCases: number;
  failures: string[];
}

/** Item text compared without spaces, line breaks or a leading number (`1、`, `（二）`). */
export function nameKey(name: string): string {
  return name
    .replace(/\s+/g, "")
    .replace(/^[（(]?[0-9０-９一二三四五六七八九十]+[)）、.．]/, "")
    .replace(/[（(][0-9０-９.．]+分?[)）]。?$/, "");
}

function itemGroupPath(item: Item): string {
  const path = (item as Item & { path?: string[] }).path;
  const parts = path && path.length > 0 ? path : item.group ? [item.group] : [];
  return parts.map(nameKey).join("/");
}

function near(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b || (a == null && b == null);
  return Math.abs(a - b) < 1e-6;
}

function checkScored(model: SheetModel, c: ScoredCase, failures: string[]): boolean {
  const { resolved, problems } = resolveFindings(model, c.findings);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    failures.push(`scored "${c.title}": findings not resolved: ${errors.map((p) => p.message).join("; ")}`);
    return false;
  }
  const result = scoreSheet(model, resolved, c.unit ?? model.layout.unit);
  let ok = true;
  if (!near(result.total, c.total)) {
    failures.push(`scored "${c.title}": total ${result.total}, expected ${c.total}`);
    ok = false;
  }
  for (const [name, expected] of Object.entries(c.itemScores ?? {})) {
    const key = nameKey(name);
    const matches = result.items.filter((s) => nameKey(s.name) === key || nameKey(s.name).includes(key));
    if (matches.length !== 1) {
      failures.push(`scored "${c.title}": item ${name} matched ${matches.length} items`);
      ok = false;
    } else if (!near(matches[0].score, expected)) {
      failures.push(`scored "${c.title}": ${name} scored ${matches[0].score}, expected ${expected}`);
      ok = false;
    }
  }
  return ok;
}

export function checkModel(table: RealTable, model: SheetModel): TableOutcome {
  const exp = table.expected;
  const failures: string[] = [];
  const refused = model.items.length === 0 && model.problems.some((p) => p.severity === "error");
  if (model.layout.headerRow !== exp.headerRow) failures.push(`header row ${model.layout.headerRow}, expected ${exp.headerRow}`);
  for (const [role, letter] of Object.entries(exp.columns) as [Role, string][]) {
    const col = model.layout.columns[role];
    const got = col === undefined ? "-" : columnLetter(col);
    if (got !== letter) failures.push(`column ${role} ${got}, expected ${letter}`);
  }
  if (model.items.length !== exp.items.length) failures.push(`items ${model.items.length}, expected ${exp.items.length}`);
  const n = Math.min(model.items.length, exp.items.length);
  for (let i = 0; i < n; i++) {
    const got = model.items[i];
    const want = exp.items[i];
    const where = `item ${i + 1} (row ${got.row})`;
    if (nameKey(got.name) !== nameKey(want.name)) failures.push(`${where}: name "${got.name}", expected "${want.name}"`);
    // A row with no 分值 of its own (加分项, 一票否决) carries 0 points in the engine: the same thing.
    const ownless = want.points === null && got.points === 0 && got.clauses.length > 0 && got.clauses.every((c) => c.kind === "bonus" || c.kind === "veto");
    if (!ownless && !near(got.points, want.points)) failures.push(`${where}: points ${got.points}, expected ${want.points}`);
    if (want.group !== undefined && itemGroupPath(got) !== want.group.split("/").map(nameKey).join("/")) {
      failures.push(`${where}: group "${itemGroupPath(got)}", expected "${want.group}"`);
    }
    if (want.kinds) {
      const kinds = got.clauses.map((c) => c.kind).join(",");
      if (kinds !== want.kinds.join(",")) failures.push(`${where}: kinds ${kinds || "(none)"}, expected ${want.kinds.join(",")}`);
    }
  }
  if (!near(model.declaredTotal, exp.declaredTotal)) failures.push(`declared total ${model.declaredTotal}, expected ${exp.declaredTotal}`);
  const pointsExpected = exp.items.reduce((s, it) => s + (it.points ?? 0), 0);
  let scoredPassed = 0;
  for (const c of exp.scored) if (checkScored(model, c, failures)) scoredPassed++;
  const clauses = model.items.reduce((s, it) => s + it.clauses.length, 0);
  const unread = model.items.reduce((s, it) => s + it.clauses.filter((c) => c.unread).length, 0);
  return {
    slug: table.slug,
    field: table.field,
    refused,
    itemsFound: model.items.length,
    itemsExpected: exp.items.length,
    pointsSum: model.pointsSum,
    pointsExpected,
    clauses,
    unread,
    scoredPassed,
    scoredCases: exp.scored.length,
    failures,
  };
}

/** Builds the table as .xlsx, reads it back as the product does, inspects it and compares. */
export async function checkTable(table: RealTable): Promise<TableOutcome> {
  const grids = await gridsFromXlsx(await tableXlsx(table));
  const grid = grids[0];
  if (!grid) throw new Error(`${table.slug}: built workbook has no sheet`);
  return checkModel(table, inspectSheet(grid));
}
