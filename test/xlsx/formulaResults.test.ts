// Stale cached formula results: after scoring, a SUM over the written cells holds the new total (for viewers that
// do not recalculate, and for `kaohe check`), other dependent formulas lose their stale result, and the workbook
// asks Excel for a full recalculation on open.
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { Workbook } from "exceljs";
import type { CellFormulaValue, Worksheet } from "exceljs";
import { planWrites, resolveFindings, scoreSheet, inspectSheet } from "../../src/core";
import { applyWritePlan, gridsFromWorkbook } from "../../src/xlsx";
import { refreshFormulaResults } from "../../src/xlsx/formulaResults";
import { FINDINGS_2014, SCORES_2014, TOTAL_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { kaohe, writeJson } from "../cli/run";

/** clean2014 (items in rows 2–12, 分值 in E, 得分 in F) with 合计 =SUM(E2:E12) and =SUM(F2:F12), the latter cached stale. */
function withTotalFormulas(): Workbook {
  const wb = fx.clean2014();
  const ws = wb.getWorksheet("苏木镇考核") as Worksheet;
  ws.getCell("E13").value = { formula: "SUM(E2:E12)", result: 100 } as CellFormulaValue;
  ws.getCell("F13").value = { formula: "SUM(F2:F12)", result: 100 } as CellFormulaValue;
  return wb;
}

async function workbookXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
}

describe("kaohe score keeps total formulas and refreshes their cached results", () => {
  it("=SUM(F2:F12) keeps its formula, caches the new sum; check on the output passes; Excel recalculates on open", async () => {
    const dir = fx.makeTempDir();
    const input = await fx.writeWorkbook(withTotalFormulas(), dir, "嵯岗镇.xlsx");
    const findings = writeJson(dir, "findings.json", FINDINGS_2014);
    const out = join(dir, "out.xlsx");
    expect((await kaohe("score", input, "--findings", findings, "--out", out)).code).toBe(0);

    const ws = (await fx.readBack(out)).getWorksheet("苏木镇考核") as Worksheet;
    expect(SCORES_2014.map((_s, i) => ws.getCell(2 + i, 6).value)).toEqual(SCORES_2014);
    expect(ws.getCell("F13").value).toEqual({ formula: "SUM(F2:F12)", result: TOTAL_2014 });
    expect(ws.getCell("E13").value).toEqual({ formula: "SUM(E2:E12)", result: 100 });
    expect(await workbookXml(out)).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);

    const check = await kaohe("check", out);
    expect(check.stdout).not.toMatch(/total/);
    expect(check.code).toBe(0);
  });

  it("the messy layout's =SUM(E4:E14) without any cached result gets one", async () => {
    const dir = fx.makeTempDir();
    const input = await fx.writeWorkbook(fx.messy2014(), dir, "m.xlsx");
    const out = join(dir, "m.out.xlsx");
    expect((await kaohe("score", input, "--findings", writeJson(dir, "f.json", FINDINGS_2014), "--out", out)).code).toBe(0);
    const ws = (await fx.readBack(out)).getWorksheet("Sheet1") as Worksheet;
    expect(ws.getCell("E15").value).toEqual({ formula: "SUM(E4:E14)", result: TOTAL_2014 });
    // 分值 is text ("10分"), so Excel's SUM would give 0; nothing written there, so the file's own result stays.
    expect(ws.getCell("C15").value).toEqual({ formula: "SUM(C4:C14)", result: 100 });
    expect((await kaohe("check", out)).code).toBe(0);
  });
});

describe("applyWritePlan and refreshFormulaResults", () => {
  async function scored(wb: Workbook): Promise<Workbook> {
    const loaded = await fx.roundTrip(wb);
    const grid = gridsFromWorkbook(loaded)[0];
    if (!grid) throw new Error("grid");
    const model = inspectSheet(grid);
    const { resolved } = resolveFindings(model, FINDINGS_2014.findings);
    applyWritePlan(loaded, planWrites(model, scoreSheet(model, resolved, "嵯岗镇"), { meta: { assessor: "t", time: "2014-12-20" } }));
    return fx.roundTrip(loaded);
  }

  it("recomputes SUM over lists, absolute references and constants; drops the result of other dependent formulas; keeps unrelated ones", async () => {
    const wb = withTotalFormulas();
    const ws = wb.getWorksheet("苏木镇考核") as Worksheet;
    ws.getCell("F13").value = { formula: "SUM($F$2:$F$6,F7,F8:F12,0.5)", result: 1 } as CellFormulaValue;
    ws.getCell("H1").value = { formula: "F13/E13", result: 0.5 } as CellFormulaValue; // depends on the total
    ws.getCell("H2").value = { formula: "E2*2", result: 20 } as CellFormulaValue; // depends on nothing written
    ws.getCell("H3").value = { formula: "SUM(F:F)", result: 3 } as CellFormulaValue; // a whole column: not followed
    ws.getCell("H4").value = { formula: "SUM(H1,F2)", result: 3 } as CellFormulaValue; // a SUM over an unknown result
    ws.getCell("H5").value = { formula: 'IF(F2="","空",F2)', result: "空" } as CellFormulaValue;
    wb.addWorksheet("汇总").getCell("A1").value = { formula: "'苏木镇考核'!F13", result: 100 } as CellFormulaValue;
    wb.addWorksheet("其他").getCell("A1").value = { formula: "B1+1", result: 2 } as CellFormulaValue;

    const out = await scored(wb);
    const sheet = out.getWorksheet("苏木镇考核") as Worksheet;
    expect(sheet.getCell("F13").value).toEqual({ formula: "SUM($F$2:$F$6,F7,F8:F12,0.5)", result: TOTAL_2014 + 0.5 });
    expect(sheet.getCell("H1").value).toEqual({ formula: "F13/E13" });
    expect(sheet.getCell("H2").value).toEqual({ formula: "E2*2", result: 20 });
    expect(sheet.getCell("H3").value).toEqual({ formula: "SUM(F:F)" });
    expect(sheet.getCell("H4").value).toEqual({ formula: "SUM(H1,F2)" });
    expect(sheet.getCell("H5").value).toEqual({ formula: 'IF(F2="","空",F2)' });
    expect(out.getWorksheet("汇总")?.getCell("A1").value).toEqual({ formula: "'苏木镇考核'!F13" });
    expect(out.getWorksheet("其他")?.getCell("A1").value).toEqual({ formula: "B1+1", result: 2 });
  });

  it("follows subtotals (a SUM of SUMs) and counts a merged cell once", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "SUM(A1:A2)", result: 0 } as CellFormulaValue;
    ws.getCell("B2").value = { formula: "SUM(B1,C1:D1)", result: 0 } as CellFormulaValue;
    ws.getCell("C1").value = 4;
    ws.mergeCells("C1:D1");
    ws.getCell("B3").value = { formula: "SUM(B4)", result: 0 } as CellFormulaValue; // a forward reference
    ws.getCell("B4").value = { formula: "SUM(B2,A1)", result: 0 } as CellFormulaValue;
    const loaded = await fx.roundTrip(wb);
    const sheet = loaded.getWorksheet("S") as Worksheet;
    sheet.getCell("A1").value = 10;
    expect(refreshFormulaResults(loaded, "S", new Set(["1,1"]))).toBe(4);
    expect(sheet.getCell("B1").value).toMatchObject({ result: 12 });
    expect(sheet.getCell("B2").value).toMatchObject({ result: 16 });
    expect(sheet.getCell("B4").value).toMatchObject({ result: 26 });
    expect(sheet.getCell("B3").value).toMatchObject({ result: 26 });
  });

  it("a circular reference loses its result instead of looping", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("B1").value = { formula: "SUM(A1,B2)", result: 5 } as CellFormulaValue;
    ws.getCell("B2").value = { formula: "SUM(B1)", result: 5 } as CellFormulaValue;
    ws.getCell("A1").value = 2;
    refreshFormulaResults(wb, "S", new Set(["1,1"]));
    expect(ws.getCell("B1").value).toEqual({ formula: "SUM(A1,B2)" });
    expect(ws.getCell("B2").value).toEqual({ formula: "SUM(B1)" });
  });

  it("shared formulas (a 小计 column filled down) keep their sharing and get fresh results", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["项目", "分值", "得分", "小计"]);
    ws.addRow(["a", 10, 10]);
    ws.addRow(["b", 10, 10]);
    ws.getCell("D2").value = { formula: "SUM(B2:C2)", result: 20, shareType: "shared", ref: "D2:D3" } as CellFormulaValue;
    ws.getCell("D3").value = { sharedFormula: "D2", result: 20 };
    const loaded = await fx.roundTrip(wb);
    const sheet = loaded.getWorksheet("S") as Worksheet;
    sheet.getCell("C3").value = 4;
    refreshFormulaResults(loaded, "S", new Set(["3,3"]));
    const again = (await fx.roundTrip(loaded)).getWorksheet("S") as Worksheet;
    expect(again.getCell("D2").value).toMatchObject({ formula: "SUM(B2:C2)", result: 20 });
    expect(again.getCell("D3").value).toMatchObject({ sharedFormula: "D2", result: 14 });
    expect(again.getCell("D3").formula).toBe("SUM(B3:C3)");
  });
});
