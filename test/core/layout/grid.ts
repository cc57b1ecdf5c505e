// Inline sheets for the layout tests: rows as written, merges in A1 form.
import { inspectSheet, parseA1, type CellRange, type InspectOptions, type SheetGrid, type SheetModel } from "../../../src/core";

export type Row = (string | number | null)[];

function range(a1: string): CellRange {
  const [from, to] = a1.split(":");
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) throw new Error(`bad range ${a1}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function grid(rows: Row[], merges: string[] = [], name = "评分表"): SheetGrid {
  return { name, values: rows.map((r) => [...r]), merges: merges.map(range) };
}

export function inspect(rows: Row[], merges: string[] = [], options: InspectOptions = {}): SheetModel {
  return inspectSheet(grid(rows, merges), options);
}

export function codes(model: SheetModel): string[][] {
  return model.problems.map((p) => [p.severity, p.code, p.cell ?? ""]);
}

export function namesAndPoints(model: SheetModel): [string, number | null][] {
  return model.items.map((it) => [it.name, it.points]);
}
