import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { openWorkbook } from "../../src/xlsx/package";
import { kaohe, writeJson } from "../cli/run";
import { FIXTURES, partsOf, partText } from "./packages";

const FINDINGS = {
  unit: "嵯岗镇",
  findings: [
    { item: "党员队伍建设", clause: "专门电脑" },
    { item: "发展党员", clause: 1 },
    { item: "党员干部教育管理", clause: "少一次", count: 2 },
  ],
};
/** 得分 of the four items and the total, by hand: 10-3, 5-2, 5-1, 8. */
const SCORES = [7, 3, 4, 8];
const TOTAL = 22;
/** Parts scoring may change: the scored sheet, the new log sheet, the workbook, its rels and the content types. */
const MAY_CHANGE = new Set(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kaohe-package-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function score(name: string, out = name.replace(/\.(xlsx|xlsm)$/, ".scored.$1")): Promise<{ input: Uint8Array; output: Uint8Array; path: string }> {
  const here = mkdtempSync(join(dir, "run-"));
  const input = join(here, name);
  copyFileSync(join(FIXTURES, name), input);
  const findings = writeJson(here, `${name}.findings.json`, FINDINGS);
  const r = await kaohe("score", input, "--findings", findings);
  expect([name, r.code, r.stderr]).toEqual([name, 0, ""]);
  const path = join(here, out);
  return { input: new Uint8Array(readFileSync(input)), output: new Uint8Array(readFileSync(path)), path };
}

function newParts(input: Uint8Array, output: Uint8Array): string[] {
  const before = partsOf(input);
  return Object.keys(partsOf(output)).filter((p) => !(p in before));
}

describe("score keeps everything the workbook had", () => {
  it.each([
    ["plain.xlsx"],
    ["chart.xlsx"],
    ["image.xlsx"],
    ["comments.xlsx"],
    ["validation.xlsx"],
    ["conditional.xlsx"],
    ["names.xlsx"],
    ["frozen.xlsx"],
    ["extra-sheet.xlsx"],
    ["macro.xlsm"],
    ["absolute-paths.xlsx"],
  ])("%s: every other part byte-identical, scores read back", async (name) => {
    const { input, output } = await score(name);
    const before = partsOf(input);
    const after = partsOf(output);
    for (const [part, data] of Object.entries(before)) {
      if (MAY_CHANGE.has(part)) continue;
      expect([part, Buffer.from(after[part] ?? new Uint8Array()).equals(Buffer.from(data))]).toEqual([part, true]);
    }
    expect(newParts(input, output)).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);
    const book = openWorkbook(output);
    const sheet = book.grids.find((g) => g.name === "苏木镇考核");
    expect(sheet?.values.slice(3, 8).map((r) => r[5])).toEqual([...SCORES, TOTAL]);
    expect(sheet?.formulas?.[7]?.[5]).toBe("=SUM(F4:F7)");
    expect(book.grids.map((g) => g.name)).toContain("扣分明细");
    expect(partText(output, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("keeps the chart, the image and the macros referenced", async () => {
    const chart = (await score("chart.xlsx")).output;
    expect(partText(chart, "xl/worksheets/_rels/sheet2.xml.rels")).toContain("drawing1.xml");
    expect(partText(chart, "xl/drawings/_rels/drawing1.xml.rels")).toContain("chart1.xml");
    expect(partText(chart, "[Content_Types].xml")).toContain("/xl/charts/chart1.xml");
    const image = (await score("image.xlsx")).output;
    expect(partText(image, "xl/worksheets/sheet1.xml")).toMatch(/<drawing [^>]*r:id="rId\d+"\/>/);
    expect(partText(image, "xl/worksheets/_rels/sheet1.xml.rels")).toContain("drawing1.xml");
    const macro = await score("macro.xlsm");
    expect(macro.path.endsWith("macro.scored.xlsm")).toBe(true);
    expect(partText(macro.output, "xl/_rels/workbook.xml.rels")).toContain('Target="vbaProject.bin"');
    expect(partText(macro.output, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(partsOf(macro.output)["xl/vbaProject.bin"]).toBeDefined();
  });

  it.each([["plain.xlsx"], ["chart.xlsx"], ["names.xlsx"], ["frozen.xlsx"], ["extra-sheet.xlsx"], ["macro.xlsm"], ["validation.xlsx"], ["conditional.xlsx"]])(
    "%s: the result opens in exceljs with the scores, the kept formulas and the log",
    async (name) => {
      const wb = new Workbook();
      await wb.xlsx.load(Buffer.from((await score(name)).output) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet("苏木镇考核");
      expect(["F4", "F5", "F6", "F7"].map((a) => ws?.getCell(a).value)).toEqual(SCORES);
      expect(ws?.getCell("F8").value).toEqual({ formula: "SUM(F4:F7)", result: TOTAL });
      expect(ws?.getCell("F4").border?.left?.style).toBe("thin");
      const log = wb.getWorksheet("扣分明细");
      expect(log?.getCell("A1").value).toBe("工作表");
      expect(log?.actualRowCount).toBe(4);
    },
  );

  it("keeps frozen panes, print titles, defined names, validation and conditional formats", async () => {
    expect(partText((await score("frozen.xlsx")).output, "xl/worksheets/sheet1.xml")).toMatch(/<pane [^>]*topLeftCell="A4"/);
    const names = partText((await score("names.xlsx")).output, "xl/workbook.xml");
    expect(names).toContain('<definedName name="分值合计">');
    expect(names).toMatch(/_xlnm.Print_Titles/);
    expect(partText((await score("validation.xlsx")).output, "xl/worksheets/sheet1.xml")).toMatch(/<dataValidation [^>]*sqref="F4:F7"/);
    expect(partText((await score("conditional.xlsx")).output, "xl/worksheets/sheet1.xml")).toMatch(/<conditionalFormatting sqref="F4:F7">/);
  });

  it("adds a 得分 column styled like its neighbour", async () => {
    const { output } = await score("no-score-column.xlsx");
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(output) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("苏木镇考核");
    expect(ws?.getCell("F3").value).toBe("得分");
    expect(["F4", "F5", "F6", "F7"].map((a) => ws?.getCell(a).value)).toEqual(SCORES);
    expect(ws?.getCell("F5").border?.left?.style).toBe("thin");
    expect(ws?.getColumn(6).width).toBe(10);
  });
});
