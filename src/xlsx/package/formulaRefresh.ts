// Cached formula results after cells are written into a package, as formulaResults.ts does for exceljs: a SUM over
// plain references is recomputed, any other formula that depends on a written cell loses its cached result (the
// workbook asks Excel to recalculate on open), formulas that depend on nothing written keep theirs.
import type { CellValue } from "../../core";
import { analyse, sumOfOutcomes } from "../formulaResults";
import type { Area, Outcome } from "../formulaResults";
import type { SheetCell } from "./sheetCells";

const key = (row: number, col: number) => row * 16384 + col;

class Evaluator {
  private readonly cells = new Map<number, SheetCell>();
  private readonly outcomes = new Map<number, Outcome>();
  private readonly pending = new Set<number>();
  private bottom = 0;
  private right = 0;

  constructor(
    cells: SheetCell[],
    private readonly sheet: string,
    private readonly written: Map<number, CellValue>,
    private readonly changedSheets: Set<string>,
  ) {
    for (const c of cells) this.cells.set(key(c.row, c.col), c);
    for (const c of [...cells, ...[...written.keys()].map((k) => ({ row: Math.floor(k / 16384), col: k % 16384 }))]) {
      this.bottom = Math.max(this.bottom, c.row);
      this.right = Math.max(this.right, c.col);
    }
  }

  outcome(row: number, col: number): Outcome {
    const k = key(row, col);
    const done = this.outcomes.get(k);
    if (done) return done;
    if (this.pending.has(k)) return { known: false, value: null, changed: true };
    this.pending.add(k);
    const outcome = this.compute(k);
    this.pending.delete(k);
    this.outcomes.set(k, outcome);
    return outcome;
  }

  private compute(k: number): Outcome {
    if (this.written.has(k)) {
      const v = this.written.get(k) ?? null;
      return { known: true, value: v, changed: true };
    }
    const cell = this.cells.get(k);
    if (!cell) return { known: true, value: null, changed: false };
    if (cell.formula === null)
      return cell.error ? { known: false, value: null, changed: false } : { known: true, value: cell.value, changed: false };
    const analysis = analyse(cell.formula);
    if (!analysis) return { known: false, value: null, changed: true };
    const inputs = analysis.areas.map((a) => this.areaOutcomes(a));
    const inputsChanged = inputs.some((list) => list === null || list.some((o) => o.changed));
    if (!inputsChanged && cell.cached) return { known: !cell.error, value: cell.error ? null : cell.value, changed: false };
    const result = analysis.sum ? sumOfOutcomes(analysis.sum, (a) => this.areaOutcomes(a)) : null;
    if (result !== null) {
      const same = cell.cached && typeof cell.value === "number" && Math.abs(cell.value - result) < 1e-9;
      return { known: true, value: result, changed: !same };
    }
    return { known: false, value: null, changed: inputsChanged || !cell.cached };
  }

  private areaOutcomes(a: Area): Outcome[] | null {
    if (a.sheet !== null && a.sheet !== this.sheet) return this.changedSheets.has(a.sheet) ? null : [];
    const out: Outcome[] = [];
    const bottom = Math.min(a.bottom, this.bottom);
    const right = Math.min(a.right, this.right);
    for (let r = a.top; r <= bottom; r++) for (let c = a.left; c <= right; c++) out.push(this.outcome(r, c));
    return out;
  }
}

/**
 * The formula cells of `sheet` whose cached result must change after `written` ("row,col" → value): a number for a
 * recomputed SUM, null to drop the result. A chain of formulas too deep to follow drops every cached result.
 */
export function formulaResultChanges(
  cells: SheetCell[],
  sheet: string,
  written: { row: number; col: number; value: CellValue }[],
  changedSheets: Set<string>,
): { row: number; col: number; value: number | null }[] {
  const writtenMap = new Map(written.map((w) => [key(w.row, w.col), w.value]));
  const formulaCells = cells.filter((c) => c.formula !== null && !writtenMap.has(key(c.row, c.col)));
  try {
    const evaluator = new Evaluator(cells, sheet, writtenMap, changedSheets);
    const out: { row: number; col: number; value: number | null }[] = [];
    for (const c of formulaCells) {
      const o = evaluator.outcome(c.row, c.col);
      if (!o.changed) continue;
      const value = o.known && typeof o.value === "number" ? o.value : null;
      if (value === null && !c.cached) continue;
      out.push({ row: c.row, col: c.col, value });
    }
    return out;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return formulaCells.filter((c) => c.cached).map((c) => ({ row: c.row, col: c.col, value: null }));
  }
}
