// A fake of WPS 表格's object model (the part WpsHost uses), over an in-memory workbook, with the quirks reported
// of real builds on demand: writes that silently do nothing, a one-row Value2 as a flat array, Value2 as a
// method. Plain TypeScript (no exceljs) so the same fake can be injected into a browser page.
import type { CellRange, CellValue } from "../../src/core";
import { a1, parseA1 } from "../../src/core";

export interface FakeSheetInit {
  name: string;
  values: CellValue[][];
  formulas?: (string | null)[][];
  merges?: CellRange[];
  protectContents?: boolean;
}

export interface FakeFaults {
  /** The next N property writes (Value2/Formula sets) do nothing and raise nothing. */
  silentWrites?: number;
  /** Value2 and Formula of a range one row high come back as a flat array. */
  oneRowAs1D?: boolean;
  /** Value2 reads as a method (call it to get the value). */
  value2AsMethod?: boolean;
}

interface Cell {
  value: CellValue;
  formula: string | null;
}

/** A typed entry as WPS reads it: a leading apostrophe keeps text, "=…" is a formula, number-like text a number. */
function typed(input: unknown): Cell {
  if (input === null || input === undefined || input === "") return { value: null, formula: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text };
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text), formula: null };
  if (/^(TRUE|FALSE)$/i.test(text.trim())) return { value: text.trim().toUpperCase() === "TRUE", formula: null };
  return { value: text, formula: null };
}

function parseRange(address: string): CellRange {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new Error(`bad address ${address}`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  ProtectStructure = false;
  readonly Name: string;
  faults: FakeFaults = {};
  /** Property reads and writes on ranges, to see how chatty a host is. */
  calls = 0;

  constructor(
    readonly app: FakeApplication,
    name: string,
    init: FakeSheetInit[],
  ) {
    this.Name = name;
    for (const s of init) this.sheets.push(new FakeSheet(this, s));
  }

  get Worksheets(): FakeWorksheets {
    return new FakeWorksheets(this);
  }

  /** Drops a silent write if the fault is armed; true when the write must be skipped. */
  dropWrite(): boolean {
    const n = this.faults.silentWrites ?? 0;
    if (n <= 0) return false;
    this.faults.silentWrites = n - 1;
    return true;
  }
}

export class FakeWorksheets {
  constructor(private readonly book: FakeBook) {}

  get Count(): number {
    return this.book.sheets.length;
  }

  Item(index: number | string): FakeSheet {
    const sheet = typeof index === "number" ? this.book.sheets[index - 1] : this.book.sheets.find((s) => s.Name === index);
    if (!sheet) throw new Error("下标越界");
    return sheet;
  }

  Add(before?: FakeSheet, after?: FakeSheet, count?: number, type?: number): FakeSheet {
    if (this.book.ProtectStructure) throw new Error("工作簿受保护");
    if (count !== undefined && count !== 1) throw new Error("fake adds one sheet at a time");
    if (type !== undefined && type !== -4167) throw new Error("fake adds worksheets only");
    let n = this.book.sheets.length + 1;
    while (this.book.sheets.some((s) => s.Name === `Sheet${n}`)) n++;
    const sheet = new FakeSheet(this.book, { name: `Sheet${n}`, values: [] });
    const at = before ? this.book.sheets.indexOf(before) : after ? this.book.sheets.indexOf(after) + 1 : 0;
    this.book.sheets.splice(at, 0, sheet);
    this.book.app.ActiveSheet = sheet;
    return sheet;
  }
}

export interface FakeChart {
  ChartType: number;
  HasTitle: boolean;
  ChartTitle: { Text: string };
  series: { Name: string; Values: unknown; XValues: unknown }[];
  at: { left: number; top: number; width: number; height: number };
}

export class FakeSheet {
  private name: string;
  readonly cells = new Map<string, Cell>();
  merges: CellRange[];
  ProtectContents: boolean;
  readonly widths = new Map<number, number>();
  readonly PageSetup = { PrintTitleRows: "", Orientation: 1 };
  /** Rows a printed page starts at (HPageBreaks.Add puts the break above its range). */
  readonly pageBreaks: number[] = [];
  readonly charts: FakeChart[] = [];

  constructor(
    readonly book: FakeBook,
    init: FakeSheetInit,
  ) {
    this.name = init.name;
    this.merges = init.merges ? [...init.merges] : [];
    this.ProtectContents = init.protectContents ?? false;
    init.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = init.formulas?.[r]?.[c] ?? null;
        if (value !== null || formula) this.cells.set(`${r + 1},${c + 1}`, { value, formula });
      }),
    );
  }

  get Name(): string {
    return this.name;
  }

  set Name(name: string) {
    if (this.book.sheets.some((s) => s !== this && s.Name === name)) throw new Error("工作表名称已存在");
    this.name = name;
  }

  get Index(): number {
    return this.book.sheets.indexOf(this) + 1;
  }

  get UsedRange(): FakeRange {
    let bottom = 0;
    let right = 0;
    let top = Infinity;
    let left = Infinity;
    const cover = (r: number, c: number) => {
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
      top = Math.min(top, r);
      left = Math.min(left, c);
    };
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      cover(r, c);
    }
    for (const m of this.merges) {
      cover(m.top, m.left);
      cover(m.bottom, m.right);
    }
    if (bottom === 0) return new FakeRange(this, { top: 1, left: 1, bottom: 1, right: 1 });
    return new FakeRange(this, { top, left, bottom, right });
  }

  Range(address: string): FakeRange {
    return new FakeRange(this, parseRange(address));
  }

  Activate(): void {
    this.book.app.ActiveSheet = this;
  }

  Delete(): void {
    if (this.book.app.DisplayAlerts) throw new Error("fake: Delete would show a confirmation dialog (DisplayAlerts is on)");
    if (this.book.ProtectStructure) throw new Error("工作簿受保护");
    this.book.sheets.splice(this.book.sheets.indexOf(this), 1);
    if (this.book.app.ActiveSheet === this) this.book.app.ActiveSheet = this.book.sheets[0] ?? null;
  }

  Copy(before?: FakeSheet, after?: FakeSheet): void {
    if (this.book.ProtectStructure) throw new Error("工作簿受保护");
    let n = 2;
    while (this.book.sheets.some((s) => s.Name === `${this.name} (${n})`)) n++;
    const copy = new FakeSheet(this.book, { name: `${this.name} (${n})`, values: [], merges: this.merges, protectContents: this.ProtectContents });
    for (const [key, cell] of this.cells) copy.cells.set(key, { ...cell });
    const at = before ? this.book.sheets.indexOf(before) : after ? this.book.sheets.indexOf(after) + 1 : this.book.sheets.length;
    this.book.sheets.splice(at, 0, copy);
    this.book.app.ActiveSheet = copy;
  }

  get HPageBreaks(): { Add(before: FakeRange): void } {
    return { Add: (before) => void this.pageBreaks.push(before.Row) };
  }

  ChartObjects(): { Add(left: number, top: number, width: number, height: number): { Chart: FakeChart } } {
    return {
      Add: (left, top, width, height) => {
        const series: FakeChart["series"] = [];
        const chart = { ChartType: -1, HasTitle: false, ChartTitle: { Text: "" }, series, at: { left, top, width, height } };
        const withSeries = Object.assign(chart, {
          SeriesCollection: () => ({
            NewSeries: () => {
              const one = { Name: "", Values: undefined as unknown, XValues: undefined as unknown };
              series.push(one);
              return one;
            },
          }),
        });
        this.charts.push(withSeries);
        return { Chart: withSeries };
      },
    };
  }

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** Sets one cell as if typed (the way a person edits the sheet in tests). */
  type(address: string, input: unknown): void {
    const { row, col } = parseA1(address)!;
    this.put(row, col, typed(input));
  }

  put(row: number, col: number, cell: Cell): void {
    if (cell.value === null && cell.formula === null) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, cell);
  }
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly area: CellRange,
  ) {}

  get Row(): number {
    return this.area.top;
  }
  get Column(): number {
    return this.area.left;
  }
  get Rows(): { Count: number } {
    return { Count: this.area.bottom - this.area.top + 1 };
  }
  get Columns(): { Count: number } {
    return { Count: this.area.right - this.area.left + 1 };
  }
  get Address(): string {
    const { top, left, bottom, right } = this.area;
    return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
  }

  private read(pick: (cell: Cell | undefined, row: number, col: number) => unknown): unknown {
    this.sheet.book.calls++;
    const rows: unknown[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) {
        const m = this.sheet.mergeAt(r, c);
        const covered = m !== undefined && (m.top !== r || m.left !== c);
        row.push(covered ? undefined : pick(this.sheet.cell(r, c), r, c));
      }
      rows.push(row);
    }
    if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
    if (rows.length === 1 && this.sheet.book.faults.oneRowAs1D) return rows[0];
    return rows;
  }

  /** Value2 and Formula take the same input here: text is read as if typed, "=…" becomes a formula. */
  private write(input: unknown): void {
    this.sheet.book.calls++;
    if (this.sheet.ProtectContents) throw new Error("工作表受保护");
    if (this.sheet.book.dropWrite()) return;
    const grid = Array.isArray(input) ? (Array.isArray(input[0]) ? (input as unknown[][]) : [input as unknown[]]) : null;
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      for (let c = this.area.left; c <= this.area.right; c++) {
        const entry = grid ? grid[r - this.area.top]?.[c - this.area.left] : input;
        this.sheet.put(r, c, typed(entry));
      }
    }
  }

  get Value2(): unknown {
    const value = this.read((cell) => cell?.value ?? undefined);
    return this.sheet.book.faults.value2AsMethod ? () => value : value;
  }
  set Value2(input: unknown) {
    this.write(input);
  }

  get Formula(): unknown {
    return this.read((cell) => {
      if (!cell) return "";
      if (cell.formula) return cell.formula;
      if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
      return cell.value === null ? "" : String(cell.value);
    });
  }
  set Formula(input: unknown) {
    this.write(input);
  }

  get MergeCells(): boolean | null {
    let merged = 0;
    let total = 0;
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      for (let c = this.area.left; c <= this.area.right; c++) {
        total++;
        if (this.sheet.mergeAt(r, c)) merged++;
      }
    }
    return merged === 0 ? false : merged === total ? true : null;
  }

  get MergeArea(): FakeRange {
    const m = this.sheet.mergeAt(this.area.top, this.area.left);
    return new FakeRange(this.sheet, m ?? { top: this.area.top, left: this.area.left, bottom: this.area.top, right: this.area.left });
  }

  Merge(): void {
    this.sheet.merges = this.sheet.merges.filter((m) => m.bottom < this.area.top || m.top > this.area.bottom || m.right < this.area.left || m.left > this.area.right);
    this.sheet.merges.push({ ...this.area });
  }

  get ColumnWidth(): number {
    return this.sheet.widths.get(this.area.left) ?? 8.43;
  }
  set ColumnWidth(width: number) {
    for (let c = this.area.left; c <= this.area.right; c++) this.sheet.widths.set(c, width);
  }

  /** Points from the sheet's top-left corner, at the default 15 pt rows and 48 pt columns. */
  get Top(): number {
    return (this.area.top - 1) * 15;
  }
  get Left(): number {
    return (this.area.left - 1) * 48;
  }

  Select(): void {
    this.sheet.book.app.selection = { sheet: this.sheet.Name, address: this.Address };
  }

  ClearContents(): void {
    if (this.sheet.ProtectContents) throw new Error("工作表受保护");
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      for (let c = this.area.left; c <= this.area.right; c++) this.sheet.put(r, c, { value: null, formula: null });
    }
  }
}

/**
 * A 加载项 page's ApiEvent: callbacks by event name. As documented, RemoveApiEventListener(name) removes every
 * callback the page added for that event.
 */
export class FakeApiEvent {
  readonly listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();

  AddApiEventListener(name: string, callback: (...args: unknown[]) => unknown): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), callback]);
  }

  RemoveApiEventListener(name: string): void {
    this.listeners.delete(name);
  }

  fire(name: string, ...args: unknown[]): void {
    for (const callback of this.listeners.get(name) ?? []) callback(...args);
  }
}

export class FakeApplication {
  ActiveWorkbook: FakeBook | null = null;
  ActiveSheet: FakeSheet | null = null;
  DisplayAlerts = true;
  selection: { sheet: string; address: string } | null = null;
  readonly ApiEvent = new FakeApiEvent();

  /** The user selects `address` ("B3", "B3:C4") on `sheet`: it becomes active and SheetSelectionChange fires. */
  selectByUser(sheet: string, address: string): void {
    const target = this.sheet(sheet);
    this.ActiveSheet = target;
    const range = target.Range(address);
    this.selection = { sheet, address: range.Address };
    this.ApiEvent.fire("SheetSelectionChange", target, range);
  }

  constructor(sheets: FakeSheetInit[], name = "工作簿1.xlsx") {
    this.ActiveWorkbook = new FakeBook(this, name, sheets);
    this.ActiveSheet = this.ActiveWorkbook.sheets[0] ?? null;
  }

  get book(): FakeBook {
    return this.ActiveWorkbook!;
  }

  sheet(name: string): FakeSheet {
    const s = this.book.sheets.find((x) => x.Name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A sheet's values as the domain's grid (A1 at [0][0]), formulas as their text. */
  values(name: string): CellValue[][] {
    const s = this.sheet(name);
    const used = s.UsedRange.area;
    const out: CellValue[][] = [];
    for (let r = 1; r <= used.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= used.right; c++) {
        const cell = s.cell(r, c);
        row.push(cell?.formula ?? cell?.value ?? null);
      }
      out.push(row);
    }
    return out;
  }
}

/** The globals a WPS 加载项 page sees, as far as the host looks: `wps.EtApplication()`. */
export function wpsGlobals(app: FakeApplication): { wps: { EtApplication: () => FakeApplication } } {
  return { wps: { EtApplication: () => app } };
}
