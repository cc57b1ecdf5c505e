// WpsHost over the fake ET object model, on the 2014 sheet as the tests build real workbooks: scan, fill with the
// core's plan, undo, and the quirks reported of real WPS builds.
import { decodeLog, inspectSheet, LOG_SHEET_NAME, planWrites, resolveFindings, scoreSheet } from "../../src/core";
import type { WritePlan } from "../../src/core";
import { HostError } from "../../src/host/scoringHost";
import { findEtApplication, WpsHost } from "../../src/wps";
import type { EtApplication } from "../../src/wps";
import { rubricWorkbook, SCORE_SHEET } from "../excel/workbooks";
import type { FakeApplication } from "./fakeEt";
import { wpsGlobals } from "./fakeEt";
import { fakeEtFromWorkbook } from "./fakeFromWorkbook";

const META = { assessor: "张三", time: "2026-11-27T10:00:00.000+08:00" };

function setUp(options: { coverSheet?: boolean } = {}) {
  const book = rubricWorkbook(options);
  const app = fakeEtFromWorkbook(book.workbook);
  const host = new WpsHost(app as unknown as EtApplication);
  return { app, host, book };
}

async function planFor(host: WpsHost, findings = [{ item: "党员队伍建设", clause: "发展党员工作不规范" }]): Promise<WritePlan> {
  const scan = await host.scan(SCORE_SHEET);
  const model = inspectSheet(scan.grid);
  const { resolved } = resolveFindings(model, findings);
  return planWrites(model, scoreSheet(model, resolved, null), { existingLog: scan.log, meta: META });
}

function rejection(promise: Promise<unknown>): Promise<HostError> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(HostError);
      return error as HostError;
    },
  );
}

describe("WpsHost on the 2014 sheet", () => {
  it("finds the scoring sheet past a cover sheet, with its merges, header and 11 items", async () => {
    const { app, host } = setUp({ coverSheet: true });
    app.ActiveSheet = app.sheet("说明");
    const scan = await host.scan();
    expect(scan.grid.name).toBe(SCORE_SHEET);
    expect(scan.sheets).toEqual(["说明", SCORE_SHEET]);
    expect(scan.log).toBeNull();
    expect(scan.grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 6, left: 1, bottom: 7, right: 1 },
      ]),
    );
    const model = inspectSheet(scan.grid);
    expect(model.layout.headerRow).toBe(3);
    expect(model.layout.unit).toBe("嵯岗镇");
    expect(model.items).toHaveLength(11);
    expect(model.items[2]).toMatchObject({ row: 6, lastRow: 7, name: "党员干部教育管理" });
    // the 合计 row's SUM formulas are read as formulas, with their results as values
    expect(scan.grid.formulas?.[15]?.[4]).toBe("=SUM(E4:E15)");
    expect(scan.grid.values[15]?.[4]).toBe(100);
  });

  it("fills 得分 and the 扣分明细 log, which decodes back to the ticks, and undo puts back exactly what was there", async () => {
    const { app, host, book } = setUp();
    const receipt = await host.write(await planFor(host));
    const sheet = app.sheet(SCORE_SHEET);
    expect(sheet.cell(5, 6)?.value).toBe(5); // 党员队伍建设: 10 − 5
    expect(sheet.cell(4, 6)?.value).toBe(10);
    expect(app.book.sheets.map((s) => s.Name)).toEqual([SCORE_SHEET, LOG_SHEET_NAME]);
    expect(app.DisplayAlerts).toBe(true);

    const reopened = await new WpsHost(app as unknown as EtApplication).scan();
    const findings = decodeLog(reopened.log!, SCORE_SHEET).findings;
    expect(findings).toEqual([expect.objectContaining({ item: book.itemRows[1], clause: 2 })]);

    await host.undo(receipt);
    expect(sheet.cell(5, 6)).toBeUndefined();
    expect(sheet.cell(4, 6)).toBeUndefined();
    expect(app.book.sheets.map((s) => s.Name)).toEqual([SCORE_SHEET]); // the log it added is gone again
    expect(app.DisplayAlerts).toBe(true); // switched off only around the delete
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const { app, host } = setUp();
    const plan = await planFor(host);
    plan.writes.push({ row: 5, col: 7, value: "=见附件", previous: null }, { row: 6, col: 7, value: "001", previous: null });
    await host.write(plan);
    const sheet = app.sheet(SCORE_SHEET);
    expect(sheet.cell(5, 7)).toEqual({ value: "=见附件", formula: null });
    expect(sheet.cell(6, 7)).toEqual({ value: "001", formula: null });
  });

  it("refuses to write over edits made since the scan, and writes nothing", async () => {
    const { app, host } = setUp();
    const plan = await planFor(host);
    app.sheet(SCORE_SHEET).type("B4", "改过的要求");
    const error = await rejection(host.write(plan));
    expect(error.code).toBe("stale");
    expect(app.sheet(SCORE_SHEET).cell(5, 6)).toBeUndefined();
    expect(app.book.sheets).toHaveLength(1);
  });

  it("refuses a protected sheet and, when the log must be added, a protected workbook structure", async () => {
    const { app, host } = setUp();
    const plan = await planFor(host);
    app.sheet(SCORE_SHEET).ProtectContents = true;
    expect((await rejection(host.write(plan))).code).toBe("protected");
    app.sheet(SCORE_SHEET).ProtectContents = false;
    app.book.ProtectStructure = true;
    const error = await rejection(host.write(plan));
    expect(error.code).toBe("protected");
    expect(error.message).toMatch(/工作簿结构受保护/);
    expect(app.sheet(SCORE_SHEET).cell(5, 6)).toBeUndefined();
  });

  it("says which sheet is missing", async () => {
    const { host } = setUp();
    const error = await rejection(host.scan("没有这张表"));
    expect(error.code).toBe("missing-sheet");
    expect(error.message).toMatch(/没有这张表/);
  });

  it("refuses to undo over edits made after the fill, and changes nothing", async () => {
    const { app, host } = setUp();
    const receipt = await host.write(await planFor(host));
    app.sheet(SCORE_SHEET).type("F5", 7);
    const error = await rejection(host.undo(receipt));
    expect(error.code).toBe("stale");
    expect(error.message).toMatch(/F5/);
    expect(app.sheet(SCORE_SHEET).cell(5, 6)?.value).toBe(7);
    expect(app.book.sheets.map((s) => s.Name)).toEqual([SCORE_SHEET, LOG_SHEET_NAME]);
  });

  it("puts a formula back as a formula on undo", async () => {
    const { app, host } = setUp();
    // the core keeps score formulas; a write over one comes from a plan made elsewhere (here, by hand)
    app.sheet(SCORE_SHEET).type("G5", "=E5-1");
    app.sheet(SCORE_SHEET).type("G6", "'=见附件");
    const plan = await planFor(host);
    plan.writes.push({ row: 5, col: 7, value: 3, previous: null }, { row: 6, col: 7, value: 4, previous: null });
    const receipt = await host.write(plan);
    expect(app.sheet(SCORE_SHEET).cell(5, 7)).toEqual({ value: 3, formula: null });
    await host.undo(receipt);
    expect(app.sheet(SCORE_SHEET).cell(5, 7)).toEqual({ value: null, formula: "=E5-1" });
    expect(app.sheet(SCORE_SHEET).cell(6, 7)).toEqual({ value: "=见附件", formula: null });
  });

  it("selects a cell on its sheet", async () => {
    const { app, host } = setUp({ coverSheet: true });
    await host.select(SCORE_SHEET, "F5");
    expect(app.ActiveSheet?.Name).toBe(SCORE_SHEET);
    expect((app as FakeApplication).selection).toEqual({ sheet: SCORE_SHEET, address: "F5" });
  });
});

describe("WpsHost with the quirks of real WPS builds", () => {
  it("writes again what a build silently dropped, and the fill still lands", async () => {
    const { app, host } = setUp();
    const plan = await planFor(host);
    app.book.faults.silentWrites = 1;
    await host.write(plan);
    expect(app.sheet(SCORE_SHEET).cell(5, 6)?.value).toBe(5);
  });

  it("reports a write that does not take even on a retry, with a receipt that undoes the part written", async () => {
    const { app, host } = setUp();
    const plan = await planFor(host);
    app.book.faults.silentWrites = 1_000;
    const error = await rejection(host.write(plan));
    expect(error.code).toBe("failed");
    expect(error.message).toMatch(/撤销本次填写/);
    expect(error.receipt).toBeDefined();
  });

  it("reads a one-row Value2 that comes back flat, and Value2 as a method", async () => {
    for (const faults of [{ oneRowAs1D: true }, { value2AsMethod: true }]) {
      const { app, host } = setUp();
      app.book.faults = faults;
      const model = inspectSheet((await host.scan(SCORE_SHEET)).grid);
      expect(model.items).toHaveLength(11);
      expect(model.layout.columns).toMatchObject({ item: 1, criteria: 3, points: 5, score: 6 });
    }
  });
});

describe("findEtApplication", () => {
  it("finds ET through wps.EtApplication(), or a global Application, and nothing in a plain page", () => {
    const { app } = setUp();
    expect(findEtApplication(wpsGlobals(app))).toBe(app);
    expect(findEtApplication({ Application: app })).toBe(app);
    expect(findEtApplication({})).toBeNull();
    expect(findEtApplication({ Office: {} })).toBeNull();
  });
});
