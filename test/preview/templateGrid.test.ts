// The preview draws and scans the bundled sample before exceljs has loaded, from templateGrid: it must be exactly
// what gridsFromWorkbook reads from templateWorkbook, or the first write (over the real workbook) would be refused
// as stale. A host started from such a pending workbook builds it on the first write, undo or download.
import type { Workbook } from "exceljs";
import { inspectSheet, planWrites, resolveFindings, scoreSheet, validateRubric, type Rubric } from "../../src/core";
import { HostError } from "../../src/host/scoringHost";
import { pixelWidth } from "../../src/preview/columnWidths";
import { PreviewHost, type PendingWorkbook } from "../../src/preview/PreviewHost";
import { pendingSample, SAMPLE_UNIT } from "../../src/preview/sample";
import { templateColumnWidths, templateGrid } from "../../src/xlsx/templateLayout";
import { gridsFromWorkbook, templateWorkbook } from "../../src/xlsx";
import rubricJson from "../../rubrics/2014-sumu-town.json";
import { FINDINGS_2014 } from "../fixtures/rubric2014";

const RUBRIC = validateRubric(rubricJson);

/** The 2014 rubric under other headers: an index column first, an unknown column, no 考核方式. */
function withColumns(columns: string[]): Rubric {
  return validateRubric({ ...rubricJson, columns });
}

function excelWidths(wb: Workbook): number[] {
  const ws = wb.worksheets[0]!;
  return Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width ?? NaN);
}

function pending(rubric: Rubric, unit: string, build?: () => Promise<Workbook>): PendingWorkbook & { builds: number } {
  const grid = templateGrid(rubric, unit);
  const source = {
    builds: 0,
    grids: [grid],
    widths: { [grid.name]: templateColumnWidths(rubric) },
    build: async () => {
      source.builds++;
      return build ? build() : templateWorkbook(rubric, unit);
    },
  };
  return source;
}

/** The plan a fill of FINDINGS_2014 makes from a scan. */
async function planFor(host: PreviewHost) {
  const { grid } = await host.scan();
  const model = inspectSheet(grid, { rubric: RUBRIC, unit: SAMPLE_UNIT });
  const { resolved } = resolveFindings(model, FINDINGS_2014.findings);
  return planWrites(model, scoreSheet(model, resolved, SAMPLE_UNIT), { meta: { assessor: "t", time: "2014-12-20 10:00" } });
}

describe("templateGrid", () => {
  it("is the grid gridsFromWorkbook reads from templateWorkbook, for the bundled sample", () => {
    const wb = templateWorkbook(RUBRIC, SAMPLE_UNIT);
    expect(gridsFromWorkbook(wb)).toEqual([templateGrid(RUBRIC, SAMPLE_UNIT)]);
    expect(pendingSample().grids).toEqual(gridsFromWorkbook(wb));
  });

  it.each([
    ["no unit", RUBRIC, undefined],
    ["an empty unit", RUBRIC, ""],
    ["a unit with characters a sheet name cannot hold", RUBRIC, " 阿木古郎镇/[新]:区?* "],
    ["a unit longer than a sheet name", RUBRIC, "呼伦贝尔市新巴尔虎左旗阿木古郎镇某某嘎查党支部第一网格第二小组综合服务站"],
    [
      "an index column and an unknown column",
      withColumns(["序号", "考核项目", "考核内容", "扣分标准", "备注", "标准分", "实得分"]),
      "甘珠尔苏木",
    ],
    ["no 得分 and no 分值 column", withColumns(["指标", "评分细则"]), "嵯岗镇"],
    ["no item column", withColumns(["评分标准", "分值", "得分"]), "嵯岗镇"],
  ])("matches templateWorkbook with %s", (_case, rubric, unit) => {
    const wb = templateWorkbook(rubric, unit);
    expect([templateGrid(rubric, unit)]).toEqual(gridsFromWorkbook(wb));
    expect(templateColumnWidths(rubric)).toEqual(excelWidths(wb));
  });
});

describe("PreviewHost over a pending workbook", () => {
  it("scans, names the scoring sheet and draws widths as the host over the built workbook does, without building it", async () => {
    const source = pending(RUBRIC, SAMPLE_UNIT);
    const lazy = new PreviewHost(source);
    const eager = new PreviewHost(templateWorkbook(RUBRIC, SAMPLE_UNIT));
    await expect(lazy.scan()).resolves.toEqual(await eager.scan());
    expect(lazy.grids()).toEqual(eager.grids());
    expect(lazy.scoringSheet()).toBe(eager.scoringSheet());
    expect(lazy.columnWidths(SAMPLE_UNIT, 7)).toEqual(eager.columnWidths(SAMPLE_UNIT, 7));
    expect(lazy.columnWidths(SAMPLE_UNIT, 7)[6]).toBe(pixelWidth(undefined));
    await lazy.select(SAMPLE_UNIT, "F5");
    await expect(lazy.select("无此表", "A1")).rejects.toThrow(HostError);
    expect(source.builds).toBe(0);
    expect(lazy.builtWorkbook).toBeNull();
  });

  it("builds the workbook once on the first write, passes the stale check, and undoes and downloads from it", async () => {
    const source = pending(RUBRIC, SAMPLE_UNIT);
    const host = new PreviewHost(source);
    const plan = await planFor(host);
    const events: string[] = [];
    host.subscribe((e) => events.push(e.type));
    const [receipt] = await Promise.all([host.write(plan), host.ready()]);
    expect(source.builds).toBe(1);
    const ws = host.builtWorkbook!.getWorksheet(SAMPLE_UNIT)!;
    for (const w of plan.writes) expect(ws.getCell(w.row, w.col).value).toEqual(w.value);
    expect(host.grids().map((g) => g.name)).toEqual([SAMPLE_UNIT, "扣分明细"]);
    expect(events).toEqual(["changed"]);

    await host.undo(receipt);
    expect(host.grids()).toEqual(gridsFromWorkbook(templateWorkbook(RUBRIC, SAMPLE_UNIT)));
    const bytes = await host.toXlsx();
    expect(bytes.byteLength).toBeGreaterThan(1000);
    expect(source.builds).toBe(1);
  });

  it("refuses a write when the built workbook is not what was scanned", async () => {
    const source = pending(RUBRIC, SAMPLE_UNIT, async () => {
      const wb = templateWorkbook(RUBRIC, SAMPLE_UNIT);
      wb.getWorksheet(SAMPLE_UNIT)!.getCell("F5").value = 7;
      return wb;
    });
    const host = new PreviewHost(source);
    const plan = await planFor(host);
    await expect(host.write(plan)).rejects.toMatchObject({ code: "stale" });
    expect(host.builtWorkbook!.getWorksheet(SAMPLE_UNIT)!.getCell("F5").value).toBe(7);
    expect(host.builtWorkbook!.getWorksheet("扣分明细")).toBeUndefined();
  });

  it("says so when the workbook code cannot load, writes nothing, and tries again on the next write", async () => {
    let fail = true;
    const source = pending(RUBRIC, SAMPLE_UNIT, async () => {
      if (fail) throw new Error("ChunkLoadError: Loading chunk workbook failed.");
      return templateWorkbook(RUBRIC, SAMPLE_UNIT);
    });
    jest.spyOn(console, "error").mockImplementation(() => {});
    const host = new PreviewHost(source, "en");
    const plan = await planFor(host);
    const error = await host.write(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/did not load.*nothing was changed/);
    expect(host.builtWorkbook).toBeNull();
    fail = false;
    await host.write(plan);
    expect(source.builds).toBe(2);
    expect(host.builtWorkbook!.getWorksheet("扣分明细")).toBeDefined();
  });
});
