// ExcelWorkbook (the assessment view's door to Excel) over a small recording fake of the calls it makes: what
// it reads in how many syncs, and what it writes for 新建单位表 and the summary sheets. Properties read before
// load + sync throw, as they do in Excel.
import { ExcelWorkbook } from "../../src/excel/workbookAccess";
import type { OutputSheet } from "../../src/core/assessment";
import { HostError } from "../../src/host/scoringHost";

interface FakeSheet {
  name: string;
  values: unknown[][];
  formulas: unknown[][];
  ops: string[];
}

class FakeExcel {
  sheets: FakeSheet[];
  structureProtected = false;
  syncs = 0;
  pageLayout = true;
  private pending: (() => void)[] = [];

  constructor(sheets: { name: string; values: unknown[][] }[]) {
    this.sheets = sheets.map((s) => ({ ...s, formulas: s.values.map((r) => r.map((v) => (v === null ? "" : v))), ops: [] }));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A proxy whose listed properties can be read only after load + sync. */
  private loadable<T extends object>(target: T, props: string[]): T {
    let loaded = false;
    let synced = false;
    return new Proxy(target, {
      get: (t, key) => {
        if (key === "load") return () => ((loaded = true), this.pending.push(() => (synced = true)));
        if (typeof key === "string" && props.includes(key) && !(loaded && synced)) throw new Error(`${key} read before load and sync`);
        return (t as Record<string | symbol, unknown>)[key];
      },
    });
  }

  private range(sheet: FakeSheet, label: string): Record<string, unknown> {
    const rec = (op: string) => sheet.ops.push(`${label} ${op}`);
    return {
      set values(v: unknown) {
        rec(`values=${JSON.stringify(v)}`);
      },
      set formulas(v: unknown) {
        rec(`formulas=${JSON.stringify(v)}`);
      },
      set numberFormat(v: unknown) {
        rec(`numberFormat=${JSON.stringify((v as unknown[][])[0])}`);
      },
      merge: () => rec("merge"),
      format: {
        set columnWidth(w: number) {
          rec(`width=${w}`);
        },
        font: {
          set bold(b: boolean) {
            rec(`bold=${b}`);
          },
        },
      },
    };
  }

  private worksheet(sheet: FakeSheet): Record<string, unknown> {
    const at = (r: number, c: number, h = 1, w = 1) => `R${r + 1}C${c + 1}${h > 1 || w > 1 ? `:${h}x${w}` : ""}`;
    const excel = this;
    return {
      get name() {
        return sheet.name;
      },
      set name(n: string) {
        sheet.name = n;
      },
      getUsedRangeOrNullObject: () =>
        this.loadable({ isNullObject: sheet.values.length === 0, values: sheet.values, formulas: sheet.formulas, rowIndex: 0, columnIndex: 0 }, [
          "values",
          "formulas",
        ]),
      copy: () => {
        const copy: FakeSheet = { name: `${sheet.name} (2)`, values: sheet.values.map((r) => [...r]), formulas: sheet.formulas, ops: [] };
        excel.sheets.push(copy);
        return excel.worksheet(copy);
      },
      getCell: (r: number, c: number) => this.range(sheet, at(r, c)),
      getRangeByIndexes: (r: number, c: number, h: number, w: number) => this.range(sheet, at(r, c, h, w)),
      getRange: (address: string) => address,
      delete: () => void excel.sheets.splice(excel.sheets.indexOf(sheet), 1),
      pageLayout: {
        set orientation(o: string) {
          sheet.ops.push(`orientation=${o}`);
        },
        setPrintTitleRows: (rows: string) => sheet.ops.push(`printTitles=${rows}`),
      },
      horizontalPageBreaks: { add: (cell: string) => sheet.ops.push(`break@${cell}`) },
      charts: {
        add: (type: string, values: string, by: string) => {
          sheet.ops.push(`chart ${type} ${values} ${by}`);
          const series = { set name(n: string) { sheet.ops.push(`series=${n}`); }, setXAxisValues: (r: string) => sheet.ops.push(`x=${r}`) };
          return {
            title: { set text(t: string) { sheet.ops.push(`title=${t}`); } },
            legend: { set visible(v: boolean) { sheet.ops.push(`legend=${v}`); } },
            series: { getItemAt: () => series },
            setPosition: (cell: string) => sheet.ops.push(`at=${cell}`),
          };
        },
      },
    };
  }

  install(): void {
    const excel = this;
    const context = {
      workbook: {
        get protection() {
          return excel.loadable({ protected: excel.structureProtected }, ["protected"]);
        },
        worksheets: {
          get items() {
            return excel.sheets.map((s) => excel.worksheet(s));
          },
          load: () => excel.pending.push(() => undefined),
          getItem: (name: string) => excel.worksheet(excel.sheet(name)),
          getItemOrNullObject: (name: string) => {
            const s = excel.sheets.find((x) => x.name === name);
            return excel.loadable(s ? { ...excel.worksheet(s), isNullObject: false, delete: excel.worksheet(s).delete } : { isNullObject: true }, ["isNullObject"]);
          },
          add: (name: string) => {
            const s: FakeSheet = { name, values: [], formulas: [], ops: [] };
            excel.sheets.push(s);
            return excel.worksheet(s);
          },
        },
      },
      sync: async () => {
        excel.syncs++;
        excel.pending.splice(0).forEach((f) => f());
      },
    };
    (globalThis as Record<string, unknown>).Excel = {
      run: (batch: (c: unknown) => Promise<unknown>) => batch(context),
      WorksheetPositionType: { end: "End" },
      PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
      ChartType: { columnClustered: "ColumnClustered" },
      ChartSeriesBy: { columns: "Columns" },
    };
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: (_: string, v: string) => excel.pageLayout || Number(v.split(".")[1]) < 9 } },
    };
  }
}

const OUT: OutputSheet = {
  name: "汇总",
  rows: [["考核结果汇总表"], ["序号", "单位", "总分"], [1, "嵯岗镇", 95], [2, "=见附件单位", 90]],
  formulas: [{ row: 3, col: 3, formula: "=ROUND(SUM('嵯岗镇'!F4:F14),2)" }],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  boldRows: [2],
  boxedRows: [2, 3, 4],
  widths: [6, 14, 8],
  numberFormats: { 3: "0.00" },
  printTitleRows: "2:2",
  landscape: true,
  pageBreaks: [3],
  chart: { title: "总分", categories: "B3:B4", values: "C3:C4", anchor: "A6" },
};

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("ExcelWorkbook", () => {
  it("reads every sheet in two syncs", async () => {
    const excel = new FakeExcel([
      { name: "嵯岗镇", values: [["目标项目", "分值"], ["党员队伍建设", 10]] },
      { name: "空表", values: [] },
    ]);
    excel.install();
    const grids = await new ExcelWorkbook("zh").readSheets();
    expect(excel.syncs).toBe(2);
    expect(grids.map((g) => g.name)).toEqual(["嵯岗镇", "空表"]);
    expect(grids[0].values[1]).toEqual(["党员队伍建设", 10]);
    expect(grids[1].values).toEqual([]);
  });

  it("copies a unit sheet to the end, names it and writes its cells, text kept as text", async () => {
    const excel = new FakeExcel([{ name: "嵯岗镇", values: [["被考核单位：嵯岗镇"]] }]);
    excel.install();
    await new ExcelWorkbook("zh").copySheet("嵯岗镇", "新华社区", [
      { row: 1, col: 1, value: "被考核单位：新华社区" },
      { row: 5, col: 6, value: null },
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["嵯岗镇", "新华社区"]);
    expect(excel.sheet("新华社区").ops).toEqual(['R1C1 values=[["被考核单位：新华社区"]]', 'R5C6 values=[[""]]']);
  });

  it("refuses to add sheets to a workbook whose structure is protected, writing nothing", async () => {
    const excel = new FakeExcel([{ name: "嵯岗镇", values: [["x"]] }]);
    excel.structureProtected = true;
    excel.install();
    const error = await new ExcelWorkbook("zh").writeOutputs([OUT]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("protected");
    expect(excel.sheets.map((s) => s.name)).toEqual(["嵯岗镇"]);
  });

  it("replaces an output sheet and draws it in two syncs: values, formulas, merges, widths, print setup, breaks, chart", async () => {
    const excel = new FakeExcel([
      { name: "嵯岗镇", values: [["x"]] },
      { name: "汇总", values: [["旧的汇总"]] },
    ]);
    excel.install();
    await new ExcelWorkbook("zh").writeOutputs([OUT]);
    expect(excel.syncs).toBe(2);
    expect(excel.sheets.map((s) => s.name)).toEqual(["嵯岗镇", "汇总"]);
    const ops = excel.sheet("汇总").ops;
    expect(ops[0]).toBe(`R1C1:4x3 values=${JSON.stringify([["考核结果汇总表", "", ""], ["序号", "单位", "总分"], [1, "嵯岗镇", 95], [2, "'=见附件单位", 90]])}`);
    expect(ops).toEqual(
      expect.arrayContaining([
        `R3C3 formulas=[["=ROUND(SUM('嵯岗镇'!F4:F14),2)"]]`,
        "R1C1:1x3 merge",
        "R2C1:1x3 bold=true",
        "R1C2 width=73.5",
        'R1C3:4x1 numberFormat=["0.00"]',
        "orientation=Landscape",
        "printTitles=$2:$2",
        "break@A4",
        "chart ColumnClustered C3:C4 Columns",
        "x=B3:B4",
        "title=总分",
        "at=A6",
      ]),
    );
  });

  it("leaves print setup out where ExcelApi 1.9 is missing", async () => {
    const excel = new FakeExcel([]);
    excel.pageLayout = false;
    excel.install();
    await new ExcelWorkbook("zh").writeOutputs([OUT]);
    expect(excel.sheet("汇总").ops.some((op) => /orientation|printTitles|break@/.test(op))).toBe(false);
  });
});
