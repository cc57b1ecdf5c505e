import { strToU8, unzipSync, zipSync } from "fflate";
import type { CellValue, WritePlan } from "../../src/core/types";
import { openWorkbook, writeCellsToPackage, writePlanToPackage } from "../../src/xlsx/package";
import { buildPackage, partText, partsOf } from "./packages";

const LOG: CellValue[][] = [
  ["工作表", "说明"],
  ["表", "扣3分"],
];

/** 表: F2..F4 numbers, F5 = SUM(F2:F4) (cached 10), G1 = F2*2 (cached 4), H1 = A1 (cached 1); 汇总 reads 表!F5. */
function book(): Uint8Array {
  return buildPackage([
    {
      name: "表",
      body:
        `<sheetData><row r="1" spans="1:8"><c r="A1"><v>1</v></c><c r="G1"><f>F2*2</f><v>4</v></c><c r="H1"><f>A1</f><v>1</v></c></row>` +
        `<row r="2"><c r="F2" s="4"><v>2</v></c></row><row r="3"><c r="F3" s="4"><v>3</v></c></row><row r="4"><c r="F4" s="4" t="s"><v>0</v></c></row>` +
        `<row r="5"><c r="F5" s="4"><f>SUM(F2:F4)</f><v>5</v></c></row></sheetData>`,
    },
    { name: "汇总", body: `<sheetData><row r="1"><c r="A1"><f>表!F5</f><v>5</v></c><c r="B1"><f>A1</f><v>5</v></c></row></sheetData>` },
  ], ["<si><t>旧</t></si>"]);
}

function plan(writes: { row: number; col: number; value: CellValue }[]): WritePlan {
  return { sheet: "表", writes: writes.map((w) => ({ ...w, previous: null })), addedScoreColumn: null, conflicts: [], log: LOG };
}

describe("writePlanToPackage", () => {
  it("writes values keeping styles, recomputes SUMs, drops other stale results, keeps the rest", () => {
    const out = writePlanToPackage(book(), plan([{ row: 2, col: 6, value: 7 }, { row: 4, col: 6, value: "=1+1" }, { row: 9, col: 2, value: true }]));
    const sheet = partText(out, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<c r="F2" s="4"><v>7</v></c>');
    expect(sheet).toContain('<c r="F4" s="4" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>');
    expect(sheet).toMatch(/<c s="4" r="F5"><f>SUM\(F2:F4\)<\/f><v>10<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="G1"><f>F2\*2<\/f><\/c>/);
    expect(sheet).toContain('<c r="H1"><f>A1</f><v>1</v></c>');
    expect(sheet).toContain('<row r="9"><c r="B9" t="b"><v>1</v></c></row>');
    expect(sheet).not.toContain("spans=");
    const other = partText(out, "xl/worksheets/sheet2.xml");
    expect(other).toContain('<c r="A1"><f>表!F5</f></c>');
    expect(other).toContain('<c r="B1"><f>A1</f><v>5</v></c>');
    const [grid] = openWorkbook(out).grids;
    expect(grid?.values.map((r) => r[5])).toEqual([null, 7, 3, "=1+1", 10, null, null, null, null]);
    expect(grid?.formulas?.[3]?.[5]).toBeNull();
    expect(partText(out, "xl/sharedStrings.xml")).toBe(partText(book(), "xl/sharedStrings.xml"));
  });

  it("adds the 扣分明细 sheet as a new worksheet part and asks for a full recalculation", () => {
    const out = writePlanToPackage(book(), plan([]));
    expect(partText(out, "xl/workbook.xml")).toMatch(/<sheet xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships" name="扣分明细" sheetId="3" r:id="rId4"\/><\/sheets><calcPr fullCalcOnLoad="1"\/>/);
    expect(partText(out, "xl/_rels/workbook.xml.rels")).toContain('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>');
    expect(partText(out, "[Content_Types].xml")).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    expect(openWorkbook(out).grids.map((g) => [g.name, g.values])).toEqual([
      ["表", expect.anything()],
      ["汇总", expect.anything()],
      ["扣分明细", LOG],
    ]);
    expect(partText(out, "xl/worksheets/sheet3.xml")).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
  });

  it("replaces an existing 扣分明细 sheet in its own part, and writes it again the same way", () => {
    const once = writePlanToPackage(book(), plan([]));
    const twice = writePlanToPackage(once, { ...plan([]), log: [["工作表"], ["表"], ["表"]] });
    expect(Object.keys(partsOf(twice)).sort()).toEqual(Object.keys(partsOf(once)).sort());
    expect(openWorkbook(twice).grids[2]).toMatchObject({ name: "扣分明细", values: [["工作表"], ["表"], ["表"]] });
    expect(partText(twice, "xl/workbook.xml").match(/扣分明细/g)).toHaveLength(1);
  });

  it("removes calcChain.xml with its relationship and content type, sets fullCalcOnLoad on an existing calcPr", () => {
    const parts = unzipSync(book());
    parts["xl/calcChain.xml"] = strToU8('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F5" i="1"/></calcChain>');
    parts["xl/_rels/workbook.xml.rels"] = strToU8(
      Buffer.from(parts["xl/_rels/workbook.xml.rels"]!).toString().replace("</Relationships>", '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'),
    );
    parts["[Content_Types].xml"] = strToU8(
      Buffer.from(parts["[Content_Types].xml"]!).toString().replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
    );
    parts["xl/workbook.xml"] = strToU8(Buffer.from(parts["xl/workbook.xml"]!).toString().replace("</sheets>", '</sheets><calcPr calcId="191029" fullCalcOnLoad="0"/>'));
    const out = writePlanToPackage(zipSync(parts), plan([{ row: 2, col: 6, value: 1 }]));
    expect(partsOf(out)["xl/calcChain.xml"]).toBeUndefined();
    expect(partText(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(partText(out, "[Content_Types].xml")).not.toContain("calcChain");
    expect(partText(out, "xl/workbook.xml")).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it("gives an added score column its neighbour's style, vertical merges and width", () => {
    const bytes = buildPackage([
      {
        name: "表",
        body:
          `<cols><col min="5" max="5" width="8" customWidth="1"/></cols><sheetData><row r="1"><c r="E1" s="2" t="inlineStr"><is><t>分值</t></is></c></row>` +
          `<row r="2"><c r="E2" s="3"><v>10</v></c></row><row r="3"><c r="E3" s="3"/></row></sheetData><mergeCells count="1"><mergeCell ref="E2:E3"/></mergeCells>`,
      },
    ]);
    const out = writePlanToPackage(bytes, { ...plan([{ row: 1, col: 6, value: "得分" }, { row: 2, col: 6, value: 9 }]), addedScoreColumn: 6 });
    const sheet = partText(out, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<c r="F1" s="2" t="inlineStr"><is><t xml:space="preserve">得分</t></is></c>');
    expect(sheet).toContain('<c r="F2" s="3"><v>9</v></c>');
    expect(sheet).toContain('<c r="F3" s="3"/>');
    expect(sheet).toContain('<cols><col min="5" max="5" width="8" customWidth="1"/><col min="6" max="6" width="8" customWidth="1"/></cols>');
    expect(sheet).toContain('<mergeCells count="2"><mergeCell ref="E2:E3"/><mergeCell ref="F2:F3"/></mergeCells>');
  });

  it("writes out a shared formula in full in the other cells when its first cell is overwritten", () => {
    const bytes = buildPackage([
      {
        name: "表",
        body:
          `<sheetData><row r="2"><c r="F2"><v>1</v></c><c r="G2"><f t="shared" ref="G2:G4" si="0">F2*2</f><v>2</v></c></row>` +
          `<row r="3"><c r="F3"><v>3</v></c><c r="G3"><f t="shared" si="0"/><v>6</v></c></row>` +
          `<row r="4"><c r="F4"><v>5</v></c><c r="G4" s="1"><f t="shared" si="0"/><v>10</v></c></row></sheetData>`,
      },
    ]);
    const out = writePlanToPackage(bytes, plan([{ row: 2, col: 7, value: 0 }]));
    const sheet = partText(out, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<c r="G2"><v>0</v></c>');
    expect(sheet).toContain('<c r="G3"><f>F3*2</f><v>6</v></c>');
    expect(sheet).toContain('<c s="1" r="G4"><f>F4*2</f><v>10</v></c>');
    expect(openWorkbook(out).grids[0]?.formulas?.[3]?.[6]).toBe("=F4*2");
  });

  it("writes a zip as Office does: sizes in the local headers (no data descriptors), UTF-8 names", () => {
    const out = writePlanToPackage(book(), plan([{ row: 2, col: 6, value: 7 }]));
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    const flags: number[] = [];
    for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x04034b50) flags.push(view.getUint16(i + 6, true));
    expect(flags).toHaveLength(Object.keys(partsOf(out)).length);
    expect(flags.every((f) => f === 0x0800)).toBe(true);
  });

  it("writes in the sheet's own namespace prefix (x:c) when its part uses one", () => {
    const parts = unzipSync(buildPackage([{ name: "表", body: "" }]));
    parts["xl/worksheets/sheet1.xml"] = strToU8(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>项目</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    const out = writePlanToPackage(zipSync(parts), plan([{ row: 1, col: 2, value: 5 }, { row: 2, col: 1, value: "新" }]));
    const sheet = partText(out, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>项目</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>');
    expect(sheet).toContain('<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t xml:space="preserve">新</x:t></x:is></x:c></x:row>');
    expect(openWorkbook(out).grids[0]?.values).toEqual([["项目", 5], ["新", null]]);
  });

  it("refuses a sheet the package does not have", () => {
    expect(() => writePlanToPackage(book(), { ...plan([]), sheet: "不存在" })).toThrow("不存在");
  });
});

describe("writeCellsToPackage", () => {
  it("writes cells of several sheets and leaves the log alone when given none", () => {
    const out = writeCellsToPackage(book(), [{ sheet: "汇总", cells: [{ row: 3, col: 1, value: "备注" }] }, { sheet: "表", cells: [{ row: 3, col: 6, value: null }] }], null);
    const grids = openWorkbook(out).grids;
    expect(grids.map((g) => g.name)).toEqual(["表", "汇总"]);
    expect(grids[1]?.values[2]?.[0]).toBe("备注");
    expect(grids[0]?.values[4]?.[5]).toBe(2);
    expect(partText(out, "xl/worksheets/sheet1.xml")).toContain('<c r="F3" s="4"/>');
  });
});
