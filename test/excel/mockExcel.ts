// A mock Excel built on office-addin-mock: every object the adapter reads (worksheets, used ranges, protection,
// merged areas) is an OfficeMockObject, so a property read without load + sync yields the mock's error string;
// so do ranges got by getRangeByIndexes that are read without load + sync.
// The mock also plays what office-addin-mock does not: queued writes are applied at context.sync() (in order,
// stopping at the first failing one, as Excel does), null objects, protected sheets refusing writes, workbook
// structure protection, Excel parsing a string written through values/formulas as if typed (an apostrophe
// prefix keeps it text), the 512-merged-areas limit, the 5 MB request limit and (when `responseLimit` is set)
// a limit on each sync's response, as Excel on the web's ResponsePayloadSizeLimitExceeded.
import { OfficeMockObject } from "office-addin-mock";
import type { CellRange, CellValue } from "../../src/core";

export interface MockSheet {
  name: string;
  /** values[r][c] is the cell at row r+1, column c+1. */
  values: CellValue[][];
  formulas: (string | null)[][];
  merges: CellRange[];
  protected: boolean;
}

export interface AppliedWrite {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  via: "values" | "formulas";
}

export const MOCK_ERRORS = ["Error, property was not loaded", "Error, context.sync() was not called"];
const REQUEST_LIMIT = 5 * 1024 * 1024;

function officeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export class MockExcel {
  syncs = 0;
  /** Every range write applied, in order. */
  readonly applied: AppliedWrite[] = [];
  /** Structural operations applied: "add:…", "delete:…", "clear:…", "activate:…", "select:…". */
  readonly ops: string[] = [];
  readonly runOptions: unknown[] = [];
  /** Excel.run calls given a context (to reuse it) instead of options. */
  readonly runsInContext: unknown[] = [];
  /** WorksheetCollection.onSelectionChanged handlers, once a sync has registered them (ExcelApi 1.9). */
  readonly selectionHandlers = new Set<(args: Any) => Promise<unknown>>();
  /** Merged-area requests (Range.getMergedAreasOrNullObject calls). */
  mergedAreaRequests = 0;
  /** Estimated bytes sent by each sync. */
  readonly syncBytes: number[] = [];
  /** Bytes of loaded data each sync returned (UTF-8 JSON of the loaded properties). */
  readonly responseBytes: number[] = [];
  /** A sync whose response would pass this fails with ResponsePayloadSizeLimitExceeded (off unless set). */
  responseLimit = Infinity;
  /** Workbook structure protection: adding or deleting a sheet fails with AccessDenied. */
  structureProtected = false;
  /** Makes a range write fail when it is applied (returns an Office error code), e.g. to fail part way. */
  failWrite: ((write: AppliedWrite) => string | null) | null = null;
  active: string;
  /** Office.context.document.settings: what was set, and what the last saveAsync persisted. */
  readonly settings = new Map<string, unknown>();
  persistedSettings = new Map<string, unknown>();
  private pending: { bytes: number; apply: () => void }[] = [];
  private tracked: { mock: OfficeMockObject; since: number; bytes: () => number }[] = [];
  /** Range reads applied in the current sync: made readable only if the sync succeeds. */
  private rangeReads: { bytes: number; commit: () => void }[] = [];
  private workbookProtection: { mock: Any; epoch: number } | null = null;
  /** Worksheet.id: stable across renames, as in Excel. */
  private readonly ids = new WeakMap<MockSheet, string>();
  private nextId = 1;
  readonly context: { workbook: Any; sync: () => Promise<void> };

  constructor(
    public sheets: MockSheet[],
    public readonly api = { mergedAreas: true, minor: 13 },
    active?: string,
  ) {
    this.active = active ?? sheets[0].name;
    const worksheets = this.worksheets();
    const mock = this; // eslint-disable-line @typescript-eslint/no-this-alias
    const workbook = {
      worksheets,
      // One WorkbookProtection object per batch of loads, snapshotting the state when it is asked for.
      get protection(): Any {
        const cached = mock.workbookProtection;
        if (cached && cached.epoch === mock.syncs) return cached.mock;
        const created = mock.track({ protected: mock.structureProtected }, false);
        mock.workbookProtection = { mock: created, epoch: mock.syncs };
        return created;
      },
    };
    this.context = { workbook, sync: () => this.sync() };
  }

  /** Sets the globals Excel and Office as an add-in sees them. */
  install(displayLanguage = "zh-CN"): void {
    const g = globalThis as Any;
    g.Excel = {
      // Excel.run(batch), Excel.run(options, batch), or Excel.run(context, batch) to reuse a context.
      run: async (first: unknown, second?: (context: unknown) => Promise<unknown>) => {
        if (typeof first === "function") return (first as (context: unknown) => Promise<unknown>)(this.context);
        if (first === this.context) this.runsInContext.push(first);
        else this.runOptions.push(first);
        return second!(this.context);
      },
    };
    const settings = this.settings;
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: (key: string) => (settings.has(key) ? settings.get(key) : null),
            set: (key: string, value: unknown) => void settings.set(key, value),
            remove: (key: string) => void settings.delete(key),
            saveAsync: (callback?: (result: { status: string }) => void) => {
              this.persistedSettings = new Map(settings);
              setTimeout(() => callback?.({ status: "succeeded" }), 0);
            },
          },
        },
        displayLanguage,
        officeTheme: { bodyBackgroundColor: "#FFFFFF" },
        requirements: {
          isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= this.api.minor,
        },
      },
    };
  }

  sheet(name: string): MockSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`mock: no sheet ${name}`);
    return found;
  }

  idOf(sheet: MockSheet): string {
    let id = this.ids.get(sheet);
    if (!id) {
      id = `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, "0")}}`;
      this.ids.set(sheet, id);
    }
    return id;
  }

  /** The user renames a sheet (outside any batch); its id stays. */
  rename(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** A sheet by name or by id, as Worksheets.getItem accepts either. */
  private find(key: string): MockSheet | undefined {
    return this.sheets.find((s) => s.name === key) ?? this.sheets.find((s) => this.idOf(s) === key);
  }

  cell(sheet: string, row: number, col: number): CellValue {
    return this.sheet(sheet).values[row - 1]?.[col - 1] ?? null;
  }

  /**
   * The user selects `address` (as Excel reports it: "B3", "B3:C4") on `sheet`, which becomes active: every
   * registered selection handler runs with the event's arguments; resolves when they have all finished.
   */
  async selectByUser(sheet: string, address: string): Promise<void> {
    const found = this.sheet(sheet);
    this.active = found.name;
    const args = { address, worksheetId: this.idOf(found), type: "WorksheetSelectionChanged" };
    await Promise.all([...this.selectionHandlers].map((handler) => handler(args)));
  }

  /** An edit made by the user in Excel (outside any batch). */
  userEdit(sheet: string, row: number, col: number, value: CellValue): void {
    this.setCell(this.sheet(sheet), row, col, value, null);
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const queued = this.pending;
    this.pending = [];
    const bytes = queued.reduce((n, op) => n + op.bytes, 0);
    this.syncBytes.push(bytes);
    if (bytes > REQUEST_LIMIT) throw officeError("RequestPayloadSizeLimitExceeded");
    const tracked = this.tracked;
    this.tracked = [];
    this.rangeReads = [];
    try {
      for (const op of queued) op.apply();
    } finally {
      // the response: what was loaded (a failed sync returns nothing)
      const reads = this.rangeReads;
      this.rangeReads = [];
      const response = tracked.reduce((n, t) => n + t.bytes(), 0) + reads.reduce((n, r) => n + r.bytes, 0);
      this.responseBytes.push(response);
      if (response > this.responseLimit) throw officeError("ResponsePayloadSizeLimitExceeded");
      for (const { mock } of tracked) await mock.sync();
      reads.forEach((r) => r.commit());
    }
  }

  private queue(apply: () => void, bytes = 100): void {
    this.pending.push({ bytes, apply });
  }

  /** An OfficeMockObject whose isNullObject may only be read after a sync; its loaded properties count in the response. */
  private track(data: object, isNull: boolean): Any {
    const mock = new OfficeMockObject(data) as Any;
    const since = this.syncs;
    const loaded = new Set<string>();
    const load = mock.load.bind(mock);
    mock.load = (props: string) => {
      props
        .replace(/\s/g, "")
        .split(",")
        .forEach((p) => loaded.add(p));
      return load(props);
    };
    const bytes = () =>
      [...loaded].reduce((n, path) => {
        const value = path.split("/").reduce((v: Any, key) => v?.[key], data);
        return n + Buffer.byteLength(JSON.stringify(value ?? null));
      }, 0);
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (this.syncs <= since) throw new Error("mock: isNullObject read before context.sync()");
        return isNull;
      },
    });
    this.tracked.push({ mock, since, bytes });
    return mock;
  }

  private worksheets(): Any {
    const mock = this; // eslint-disable-line @typescript-eslint/no-this-alias
    let loaded = false;
    let snapshot: string[] | null = null;
    const collection = {
      load: (props: string) => {
        if (props.replace(/\s/g, "") !== "items/name") throw new Error(`mock: unexpected load ${props}`);
        loaded = true;
        this.queue(() => (snapshot = this.sheets.map((s) => s.name)), 0);
      },
      get items() {
        return loaded && snapshot ? snapshot.map((name) => ({ name })) : MOCK_ERRORS[0];
      },
      getItemOrNullObject: (name: string) => this.worksheet(name, true),
      getItem: (name: string) => this.worksheet(name, false),
      getActiveWorksheet: () => this.worksheet(this.active, false),
      // Handlers are added and removed when the sync reaches them, as Excel registers them.
      get onSelectionChanged() {
        if (mock.api.minor < 9) throw new Error("mock: WorksheetCollection.onSelectionChanged needs ExcelApi 1.9");
        return {
          add: (handler: (args: Any) => Promise<unknown>) => {
            mock.queue(() => mock.selectionHandlers.add(handler));
            return { context: mock.context, remove: () => mock.queue(() => mock.selectionHandlers.delete(handler)) };
          },
        };
      },
      add: (name: string) => {
        this.queue(() => {
          if (this.structureProtected) throw officeError("AccessDenied");
          if (this.sheets.some((s) => s.name === name)) throw officeError("ItemAlreadyExists");
          this.sheets.push({ name, values: [], formulas: [], merges: [], protected: false });
          this.ops.push(`add:${name}`);
        });
        return this.worksheet(name, false, true);
      },
    };
    return collection;
  }

  private worksheet(name: string, orNull: boolean, created = false): Any {
    const data = created ? undefined : this.find(name);
    const isNull = !created && !data;
    // Followed by its id once found (a rename between batches does not lose it); by name when added in this batch.
    const id = data ? this.idOf(data) : null;
    const exists = () => {
      const sheet = id ? this.sheets.find((s) => this.idOf(s) === id) : this.sheets.find((s) => s.name === name);
      if (!sheet) throw officeError("ItemNotFound", `mock: no sheet ${name}`);
      return sheet;
    };
    const ws = this.track(
      { name: isNull ? "" : (data?.name ?? name), id: id ?? "", protection: { protected: data?.protected ?? false } },
      orNull && isNull,
    );
    ws.getUsedRangeOrNullObject = (valuesOnly: boolean) => this.usedRange(isNull ? null : (data ?? null), valuesOnly);
    ws.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) =>
      this.range(exists, { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols });
    ws.getRange = (address?: string) => {
      if (address === undefined) return this.range(exists, null);
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) throw new Error(`mock: address ${address}`);
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return this.range(exists, { top: Number(m[2]), left: col, bottom: Number(m[2]), right: col });
    };
    ws.activate = () => this.queue(() => this.ops.push(`activate:${exists().name}`));
    ws.delete = () =>
      this.queue(() => {
        const sheet = exists();
        if (this.structureProtected) throw officeError("AccessDenied");
        this.sheets = this.sheets.filter((s) => s !== sheet);
        this.ops.push(`delete:${sheet.name}`);
      });
    if (!orNull && isNull) this.queue(() => exists());
    return ws;
  }

  private usedRange(sheet: MockSheet | null, valuesOnly: boolean): Any {
    if (!valuesOnly) throw new Error("mock: the adapter should ask for the values-only used range");
    const box = sheet ? usedBox(sheet) : null;
    if (!sheet || !box) return this.track({ values: [], formulas: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }, true);
    const slice = <T>(rows: T[][], blank: T) =>
      Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
        Array.from({ length: box.right - box.left + 1 }, (_, c) => rows[box.top - 1 + r]?.[box.left - 1 + c] ?? blank),
      );
    const values = slice(
      sheet.values.map((row) => row.map((v) => v ?? "")),
      "" as CellValue,
    );
    const formulas = values.map((row, r) => row.map((v, c) => sheet.formulas[box.top - 1 + r]?.[box.left - 1 + c] ?? v));
    const shape = { rowIndex: box.top - 1, columnIndex: box.left - 1, rowCount: values.length, columnCount: values[0].length };
    return this.track({ values, formulas, ...shape }, false);
  }

  private range(sheetOf: () => MockSheet, box: CellRange | null): Any {
    const write = (via: AppliedWrite["via"], rows: unknown[][]) => {
      if (!box) throw new Error("mock: write to a whole sheet");
      const height = box.bottom - box.top + 1;
      const width = box.right - box.left + 1;
      if (rows.length !== height || rows.some((row) => row.length !== width)) {
        throw new Error(`mock: ${height}×${width} range given ${rows.length}×${rows[0]?.length} values`);
      }
      this.queue(
        () => {
          const sheet = sheetOf();
          if (sheet.protected) throw officeError("AccessDenied");
          const applied: AppliedWrite = { sheet: sheet.name, top: box.top, left: box.left, rows: height, cols: width, via };
          const failure = this.failWrite?.(applied);
          if (failure) throw officeError(failure);
          rows.forEach((row, r) =>
            row.forEach((v, c) => {
              const { value, formula } = typedIn(v as CellValue);
              this.setCell(sheet, box.top + r, box.left + c, value, formula);
            }),
          );
          this.applied.push(applied);
        },
        100 +
          JSON.stringify(rows).length +
          rows
            .flat()
            .join("")
            .replace(/[\x00-\x7f]/g, "").length *
            2,
      );
    };
    // load("values, formulas"): a snapshot taken when the sync reaches it, readable once the sync succeeded.
    let read: { state: "queued" | "synced"; values: CellValue[][]; formulas: unknown[][] } | null = null;
    const loaded = (which: "values" | "formulas"): unknown =>
      !read ? MOCK_ERRORS[0] : read.state === "queued" ? MOCK_ERRORS[1] : which === "values" ? read.values : read.formulas;
    return {
      set values(rows: unknown[][]) {
        write("values", rows);
      },
      set formulas(rows: unknown[][]) {
        write("formulas", rows);
      },
      get values(): unknown {
        return loaded("values");
      },
      get formulas(): unknown {
        return loaded("formulas");
      },
      load: (props: string) => {
        if (!box) throw new Error("mock: load of a whole sheet");
        const wanted = props.replace(/\s/g, "").split(",");
        if (wanted.some((p) => p !== "values" && p !== "formulas")) throw new Error(`mock: unexpected range load ${props}`);
        const pending = { state: "queued" as const, values: [] as CellValue[][], formulas: [] as unknown[][] };
        read = pending;
        this.queue(() => {
          const sheet = sheetOf();
          for (let r = box.top; r <= box.bottom; r++) {
            const values: CellValue[] = [];
            const formulas: unknown[] = [];
            for (let c = box.left; c <= box.right; c++) {
              const v = sheet.values[r - 1]?.[c - 1] ?? "";
              values.push(v);
              formulas.push(sheet.formulas[r - 1]?.[c - 1] ?? v);
            }
            pending.values.push(values);
            pending.formulas.push(formulas);
          }
          const bytes = wanted.reduce(
            (n, p) => n + Buffer.byteLength(JSON.stringify(p === "values" ? pending.values : pending.formulas)),
            0,
          );
          this.rangeReads.push({ bytes, commit: () => (read = { ...pending, state: "synced" }) });
        }, 50);
      },
      clear: (applyTo: string) =>
        this.queue(() => {
          const sheet = sheetOf();
          if (box || applyTo !== "Contents") throw new Error("mock: only whole-sheet clear of contents");
          if (sheet.protected) throw officeError("AccessDenied");
          sheet.values = [];
          sheet.formulas = [];
          this.ops.push(`clear:${sheet.name}`);
        }),
      select: () => this.queue(() => this.ops.push(`select:${sheetOf().name}!${box ? `R${box.top}C${box.left}` : "all"}`)),
      getMergedAreasOrNullObject: () => {
        if (!this.api.mergedAreas || this.api.minor < 13) throw new Error("mock: getMergedAreasOrNullObject needs ExcelApi 1.13");
        if (!box) throw new Error("mock: merged areas of a whole sheet");
        this.mergedAreaRequests++;
        const sheet = sheetOf();
        // Like Excel: the areas whose top-left cell is in the range, each whole (office-js#3611).
        const found = sheet.merges.filter((m) => m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right);
        if (found.length > 512)
          this.queue(() => {
            throw officeError("GeneralException", "more than 512 merged areas");
          });
        const address = found.map((m) => `'${sheet.name}'!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(", ");
        return this.track({ address }, found.length === 0);
      },
    };
  }

  private setCell(sheet: MockSheet, row: number, col: number, value: CellValue, formula: string | null): void {
    while (sheet.values.length < row) sheet.values.push([]);
    while (sheet.formulas.length < row) sheet.formulas.push([]);
    sheet.values[row - 1][col - 1] = value === "" ? null : value;
    sheet.formulas[row - 1][col - 1] = formula;
  }
}

/**
 * What Excel makes of a value written through Range.values or .formulas, as if typed: "'…" is the text after
 * the apostrophe; "=…" (and "+…", "-…", "@…" that are not numbers) a formula; numbers, percentages, dates,
 * times and TRUE/FALSE are converted; anything else stays text.
 */
export function typedIn(input: CellValue): { value: CellValue; formula: string | null } {
  if (typeof input !== "string") return { value: input, formula: null };
  if (input === "") return { value: null, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  const number = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)\s*$/.exec(input);
  if (number) return { value: Number(input.trim().replace(/%$/, "")) / (number[4] ? 100 : 1), formula: null };
  if (/^[=+\-@]/.test(input)) return { value: "#NAME?", formula: input.startsWith("=") ? input : `=${input}` };
  const date = /^(\d{1,4})[-/](\d{1,2})(?:[-/](\d{1,4}))?$/.exec(input);
  if (date) return { value: 45000 + Number(date[1]) * 31 + Number(date[2]), formula: null }; // a date serial
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(input)) return { value: 0.5, formula: null }; // a time
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === "TRUE", formula: null };
  return { value: input, formula: null };
}

function a1(row: number, col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
}

/** Bounding box (1-based) of the non-empty cells, or null for an empty sheet. */
function usedBox(sheet: MockSheet): CellRange | null {
  let box: CellRange | null = null;
  const rows = Math.max(sheet.values.length, sheet.formulas.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const v = sheet.values[r]?.[c];
      if ((v === null || v === undefined || v === "") && !sheet.formulas[r]?.[c]) continue;
      box = box
        ? {
            top: Math.min(box.top, r + 1),
            left: Math.min(box.left, c + 1),
            bottom: Math.max(box.bottom, r + 1),
            right: Math.max(box.right, c + 1),
          }
        : { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
    }
  }
  return box;
}
