import { Workbook } from "exceljs";
import { openWorkbook, WorkbookFileError } from "../../src/xlsx/package";
import { buildPackage, fixture } from "./packages";

function codeOf(bytes: Uint8Array): string | null {
  try {
    openWorkbook(bytes);
    return null;
  } catch (e) {
    return e instanceof WorkbookFileError ? e.code : `not a WorkbookFileError: ${String(e)}`;
  }
}

describe("openWorkbook", () => {
  it("reads the 2014 sheet's values, formulas and merges in workbook order", () => {
    const book = openWorkbook(fixture("plain.xlsx"));
    expect(book.kind).toBe("xlsx");
    expect(book.grids.map((g) => g.name)).toEqual(["苏木镇考核"]);
    const [grid] = book.grids;
    expect(grid?.values[0]?.[0]).toBe("2014年度苏木镇党建工作考核评分表");
    expect(grid?.values[2]).toEqual(["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]);
    expect(grid?.values[3]).toEqual(["党员队伍建设", "建立党员信息库", "没有建立党员信息库的扣3分；党员信息库没有专门电脑的扣3分", "查阅资料", 10, null]);
    expect(grid?.formulas?.[7]?.[4]).toBe("=SUM(E4:E7)");
    expect(grid?.formulas?.[7]?.[5]).toBe("=SUM(F4:F7)");
    expect(grid?.values.length).toBe(8);
    expect(grid?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);
  });

  it("reads shared and inline strings, rich text, booleans, errors, dates and shared formulas", () => {
    const bytes = buildPackage(
      [
        {
          name: "表",
          body:
            `<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>内联</t></is></c><c r="C1" t="s"><v>0</v></c></row>` +
            `<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#REF!</v></c><c r="C2" t="d"><v>2014-12-20</v></c><c r="D2" s="3"/></row>` +
            `<row r="3"><c r="A3"><v>2</v></c><c r="B3"><f t="shared" ref="B3:B5" si="0">A3*2</f><v>4</v></c></row>` +
            `<row r="5"><c r="A5"><v>1.5</v></c><c r="B5"><f t="shared" si="0"/><v>3</v></c><c r="C5" t="str"><f>"="&amp;A5</f><v>=1.5</v></c></row></sheetData>`,
        },
      ],
      [`<si><r><rPr><b/></rPr><t>评分</t></r><r><t xml:space="preserve">标准 </t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></si>`, `<si><t>A&amp;B_x000D_</t></si>`],
    );
    const [grid] = openWorkbook(bytes).grids;
    expect(grid?.values).toEqual([
      ["A&B\r", "内联", "评分标准 "],
      [true, "#REF!", 41993],
      [2, 4, null],
      [null, null, null],
      [1.5, 3, "=1.5"],
    ]);
    expect(grid?.formulas?.[2]?.[1]).toBe("=A3*2");
    expect(grid?.formulas?.[4]?.[1]).toBe("=A5*2");
    expect(grid?.formulas?.[4]?.[2]).toBe('="="&A5');
  });

  it("skips chartsheets and keeps every worksheet, hidden ones too", () => {
    const book = openWorkbook(fixture("chart.xlsx"));
    expect(book.grids.map((g) => g.name)).toEqual(["苏木镇考核", "图表"]);
    expect(book.grids[1]?.values[1]).toEqual(["党员队伍建设", 10]);
  });

  it("reads files exceljs refuses: an openpyxl image, absolute part names in the rels", async () => {
    for (const name of ["image.xlsx", "absolute-paths.xlsx"]) {
      const [grid] = openWorkbook(fixture(name)).grids;
      expect([name, grid?.values[2]?.[2]]).toEqual([name, "评分标准"]);
    }
    await expect(new Workbook().xlsx.load(Buffer.from(fixture("image.xlsx")) as unknown as ArrayBuffer)).rejects.toThrow();
  });

  it("reads an .xlsm as xlsm", () => {
    expect(openWorkbook(fixture("macro.xlsm")).kind).toBe("xlsm");
  });

  it.each([
    ["huge-far-cell.xlsx", "a styled cell at XFD1048576"],
    ["huge-merge.xlsx", "a merge H1:XFD1048576"],
  ])("reads %s (%s) by its content, fast", (name) => {
    const started = Date.now();
    const [grid] = openWorkbook(fixture(name)).grids;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(grid?.values.length).toBe(8);
    expect(grid?.values[0]?.length).toBe(6);
    expect(grid?.merges?.every((m) => m.bottom <= 8 && m.right <= 6)).toBe(true);
  });

  it("clips a merge of an empty cell to the content, and keeps a merge's value in its top-left cell only", () => {
    const bytes = buildPackage([
      {
        name: "表",
        body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1"><v>1</v></c></row><row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>9</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:A1048576"/></mergeCells>`,
      },
    ]);
    const [grid] = openWorkbook(bytes).grids;
    expect(grid?.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(grid?.values).toEqual([["项目", 1], [null, null], [null, 9]]);
  });

  it("extends the grid over a merge of a filled cell, within reach", () => {
    const bytes = buildPackage([
      {
        name: "表",
        body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:A3"/><mergeCell ref="B1:XFD1048576"/></mergeCells>`,
      },
    ]);
    const [grid] = openWorkbook(bytes).grids;
    expect(grid?.values.length).toBe(1001);
    expect(grid?.values[0]?.length).toBe(66);
    expect(grid?.merges).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 1, left: 2, bottom: 1001, right: 66 },
    ]);
  });

  it.each([
    ["encrypted.xlsx", "encrypted"],
    ["sheet.ods", "ods"],
    ["not-xlsx.xlsx", "not-xlsx"],
  ])("refuses %s as %s", (name, code) => {
    expect(codeOf(fixture(name))).toBe(code);
  });

  it("refuses an old .xls and a damaged zip with their own codes", () => {
    expect(codeOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("xls");
    expect(codeOf(fixture("plain.xlsx").slice(0, 3000))).toBe("corrupt");
    expect(codeOf(new Uint8Array([1, 2, 3]))).toBe("corrupt");
  });
});
