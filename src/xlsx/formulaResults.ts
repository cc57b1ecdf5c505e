// Cached formula results after a write. An .xlsx keeps each formula's last result (<v>); viewers that do not
// recalculate show it, and `kaohe check` reads it. When scoring writes cells a formula depends on, that result is
// stale: a SUM over plain ranges and cells is recomputed here, any other formula that depends on a written cell
// loses its cached result (Excel recomputes it on open: the caller sets fullCalcOnLoad). Formulas that depend on
// nothing written keep their result. Pure: no file I/O, no DOM (the browser preview uses it too).
import type { Cell, CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";

export interface Area {
  /** The sheet named in the reference, or null for the formula's own sheet. */
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a formula refers to: the areas, whether it is `SUM(refs and numbers)` and the numbers in it; null when it names something we cannot follow. */
export interface Analysis {
  areas: Area[];
  sum: { areas: Area[]; constant: number } | null;
}

const STRING_LITERAL = /"(?:[^"]|"")*"/g;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*)!`;
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(String.raw`(?<![A-Za-z0-9_.$'\u4e00-\u9fff])(${SHEET})?(${CELL})(?::(${CELL}))?(?![A-Za-z0-9_(!])`, "g");
const FUNCTION_NAME = /[A-Za-z_][A-Za-z0-9_.]*\s*\(/g;
const SIMPLE_SUM = /^\s*SUM\s*\(([^()]*)\)\s*$/i;
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell reference: ${a1}`);
  return { row: Number(m[2]), col: columnNumber(m[1] ?? "") };
}

function sheetName(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function area(prefix: string | undefined, from: string, to: string | undefined): Area {
  const a = parseCell(from);
  const b = to ? parseCell(to) : a;
  return {
    sheet: sheetName(prefix),
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export function analyse(formula: string): Analysis | null {
  const text = formula.replace(/^=/, "").replace(STRING_LITERAL, '""');
  const areas: Area[] = [];
  const rest = text.replace(REFERENCE, (_m, prefix: string | undefined, from: string, to: string | undefined) => {
    areas.push(area(prefix, from, to));
    return " 0 ";
  });
  // Anything still looking like a name (a defined name, a whole column "E:E", an error literal) we cannot follow.
  const leftover = rest.replace(FUNCTION_NAME, "(").replace(/\b(TRUE|FALSE)\b/gi, "");
  if (/[A-Za-z_\u4e00-\u9fff#]/.test(leftover) || /\d\s*:\s*\d|:/.test(leftover)) return null;

  let sum: Analysis["sum"] = null;
  const m = SIMPLE_SUM.exec(text);
  if (m) {
    const sumAreas: Area[] = [];
    let constant = 0;
    let simple = true;
    for (const arg of (m[1] ?? "").split(",")) {
      const ref = new RegExp(String.raw`^\s*(${SHEET})?(${CELL})(?::(${CELL}))?\s*$`).exec(arg);
      if (ref) sumAreas.push(area(ref[1], ref[2] ?? "", ref[3]));
      else if (NUMBER.test(arg)) constant += Number(arg);
      else simple = false;
    }
    if (simple) sum = { areas: sumAreas, constant };
  }
  return { areas, sum };
}

export type Scalar = number | string | boolean | null;

export interface Outcome {
  /** The cell's value as Excel would compute it now; `known: false` when we cannot tell. */
  known: boolean;
  value: Scalar;
  /** The value differs from what the file says (written, or a formula whose result moved or is unknown). */
  changed: boolean;
}

function isFormulaValue(v: ExcelValue): v is ExcelValue & { result?: unknown } {
  return v !== null && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v);
}

/** A value as SUM sees it; undefined for an error or a date (which we do not try to add up). */
function scalar(v: unknown): Scalar | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date || (typeof v === "object" && "error" in v)) return undefined;
  return ""; // rich text, a hyperlink: text, which SUM skips
}

function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * What `SUM(areas, constant)` comes to over the cells' outcomes, or null when a cell (or an area on a sheet the
 * write changed) cannot be known. Shared by the exceljs workbook (preview) and the package writer (command).
 */
export function sumOfOutcomes(sum: NonNullable<Analysis["sum"]>, outcomesOf: (a: Area) => Outcome[] | null): number | null {
  let total = sum.constant;
  for (const a of sum.areas) {
    const list = outcomesOf(a);
    if (list === null) return null;
    for (const o of list) {
      if (!o.known) return null;
      if (typeof o.value === "number") total += o.value;
    }
  }
  return round(total);
}

function sameAs(a: Scalar, b: unknown): boolean {
  return typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;
}

class SheetFormulas {
  private readonly outcomes = new Map<string, Outcome>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly ws: Worksheet,
    private readonly written: Set<string>,
    private readonly changedSheets: Set<string>,
  ) {}

  /** Sets or drops the cached result of every formula cell on the sheet; returns how many cells changed. */
  refresh(): number {
    let updated = 0;
    this.ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (!isFormulaValue(cell.value) || !this.isMaster(cell)) return;
        const outcome = this.outcome(Number(cell.row), Number(cell.col));
        if (!outcome.changed) return;
        setResult(cell, outcome.known && typeof outcome.value === "number" ? outcome.value : undefined);
        updated++;
      }),
    );
    return updated;
  }

  private isMaster(cell: Cell): boolean {
    return !cell.isMerged || cell.master.address === cell.address;
  }

  private outcome(row: number, col: number): Outcome {
    const key = `${row},${col}`;
    const done = this.outcomes.get(key);
    if (done) return done;
    if (this.pending.has(key)) return { known: false, value: null, changed: true }; // a circular reference
    this.pending.add(key);
    const outcome = this.compute(row, col, key);
    this.pending.delete(key);
    this.outcomes.set(key, outcome);
    return outcome;
  }

  private compute(row: number, col: number, key: string): Outcome {
    const cell = this.ws.findCell(row, col);
    const changed = this.written.has(key);
    // exceljs answers every cell of a merge with the master's value; for Excel the others are empty.
    if (!cell || !this.isMaster(cell)) return { known: true, value: null, changed };
    const value = cell.value;
    if (!isFormulaValue(value)) {
      const plain = scalar(value);
      return plain === undefined ? { known: false, value: null, changed } : { known: true, value: plain, changed };
    }
    const cached = scalar(value.result);
    const analysis = cell.formula ? analyse(cell.formula) : null;
    if (!analysis) return { known: false, value: null, changed: true };
    const inputs = analysis.areas.map((a) => this.areaOutcomes(a));
    const inputsChanged = inputs.some((list) => list === null || list.some((o) => o.changed));
    if (!inputsChanged && value.result !== undefined) return { known: cached !== undefined, value: cached ?? null, changed: false };
    const result = analysis.sum ? sumOfOutcomes(analysis.sum, (a) => this.areaOutcomes(a)) : null;
    if (result !== null) return { known: true, value: result, changed: !sameAs(result, value.result) };
    return { known: false, value: null, changed: inputsChanged };
  }

  /** The outcomes of the cells in an area; null for another sheet that this write changed, or one we cannot see. */
  private areaOutcomes(a: Area): Outcome[] | null {
    if (a.sheet !== null && a.sheet !== this.ws.name) {
      return this.changedSheets.has(a.sheet) ? null : [];
    }
    const outcomes: Outcome[] = [];
    // Cells beyond the used range are empty: no need to walk a whole-sheet range.
    const bottom = Math.min(a.bottom, this.ws.rowCount);
    const right = Math.min(a.right, this.ws.columnCount);
    for (let r = a.top; r <= bottom; r++) for (let c = a.left; c <= right; c++) outcomes.push(this.outcome(r, c));
    return outcomes;
  }
}

function setResult(cell: Cell, result: number | undefined): void {
  const v = { ...(cell.value as object) } as Record<string, unknown>;
  if (result === undefined) delete v.result;
  else v.result = result;
  cell.value = v as unknown as ExcelValue;
}

/** Whether a formula names the sheet (`Sheet!A1`, `'My sheet'!A1`). */
export function mentionsSheet(formula: string, name: string): boolean {
  return formula.includes(`${name}!`) || formula.includes(`'${name.replace(/'/g, "''")}'!`);
}

/**
 * After cells of `sheet` were written (`written`: "row,col" keys, 1-based), brings every cached formula result in
 * line: recomputed SUMs on that sheet, dropped results for other formulas that depend on what changed (on that
 * sheet, or on `changedSheets` such as the rewritten log sheet, or on the scored sheet from elsewhere).
 * Returns how many cells were updated.
 */
export function refreshFormulaResults(wb: Workbook, sheet: string, written: Set<string>, changedSheets: string[] = []): number {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return 0;
  const changed = new Set([sheet, ...changedSheets]);
  let updated: number;
  try {
    updated = new SheetFormulas(ws, written, changed).refresh();
  } catch (e) {
    // A formula chain too deep to follow: drop every cached result on the sheet; Excel recomputes on open.
    if (!(e instanceof RangeError)) throw e;
    updated = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (isFormulaValue(cell.value) && cell.value.result !== undefined) {
          setResult(cell, undefined);
          updated++;
        }
      }),
    );
  }
  for (const other of wb.worksheets) {
    if (other.name === sheet || changedSheets.includes(other.name)) continue;
    other.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = cell.formula;
        if (!formula || !isFormulaValue(cell.value) || cell.value.result === undefined) return;
        if (![...changed].some((name) => mentionsSheet(formula, name))) return;
        setResult(cell, undefined);
        updated++;
      }),
    );
  }
  return updated;
}
