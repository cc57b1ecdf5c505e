import { Workbook } from "exceljs";
import { gridsFromWorkbook } from "../../src/xlsx/readWorkbook";
import { clausePerRow2014, clausePerRowSpans, messy2014, roundTrip } from "../fixtures/workbooks";
import { rubric2014 } from "../fixtures/rubric2014";

async function oneSheet(build: (wb: Workbook) => void) {
  const wb = new Workbook();
  build(wb);
  const grids = gridsFromWorkbook(await roundTrip(wb));
  expect(grids).toHaveLength(1);
  const grid = grids[0];
  if (!grid) throw new Error("no grid");
  return grid;
}

describe("gridsFromWorkbook", () => {
  it("reads plain values 0-based, with nulls for empty cells", async () => {
    const grid = await oneSheet((wb) => {
      const ws = wb.addWorksheet("表");
      ws.getCell("A1").value = "目标项目";
      ws.getCell("C2").value = 10;
      ws.getCell("B3").value = true;
    });
    expect(grid.name).toBe("表");
    expect(grid.values).toEqual([
      ["目标项目", null, null],
      [null, null, 10],
      [null, true, null],
    ]);
    expect(grid.merges).toEqual([]);
  });

  it("joins rich text, gives hyperlinks their text, dates as ISO strings, errors as their code", async () => {
    const grid = await oneSheet((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { richText: [{ text: "评分", font: { bold: true } }, { text: "标准" }] };
      ws.getCell("B1").value = { text: "细则原文", hyperlink: "https://example.org/x" };
      ws.getCell("C1").value = new Date(Date.UTC(2014, 11, 20));
      ws.getCell("D1").value = { error: "#REF!" };
    });
    expect(grid.values[0]).toEqual(["评分标准", "细则原文", "2014-12-20", "#REF!"]);
  });

  it("gives formula cells their cached result (or null) and the formula text", async () => {
    const grid = await oneSheet((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 4;
      ws.getCell("A2").value = 6;
      ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 10 };
      ws.getCell("B3").value = { formula: "A3*2" };
    });
    expect(grid.values[2]).toEqual([10, null]);
    expect(grid.formulas?.[2]).toEqual(["=SUM(A1:A2)", "=A3*2"]);
    expect(grid.formulas?.[0]).toEqual([null, null]);
  });

  it("keeps a merged value in its master cell only and lists merges 1-based", async () => {
    const grid = await oneSheet((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "2014年度苏木镇基层党建工作考核评分细则";
      ws.mergeCells("A1:C1");
      ws.getCell("B2").value = 10;
      ws.mergeCells("B2:B4");
    });
    expect(grid.values[0]).toEqual(["2014年度苏木镇基层党建工作考核评分细则", null, null]);
    expect(grid.values.map((r) => r[1])).toEqual([null, 10, null, null]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 2, left: 2, bottom: 4, right: 2 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
  });

  it("reads layout (b): item cells merged down over their clause rows", async () => {
    const [grid] = gridsFromWorkbook(await roundTrip(clausePerRow2014()));
    const spans = clausePerRowSpans();
    const rubric = rubric2014();
    const second = spans[1];
    if (!grid || !second) throw new Error("fixture");
    expect(grid.values[second.row - 1]?.[0]).toBe("党员队伍建设");
    expect(grid.values[second.row - 1]?.[4]).toBe(10);
    for (let r = second.row + 1; r <= second.lastRow; r++) {
      expect(grid.values[r - 1]?.[0]).toBeNull();
      expect(grid.values[r - 1]?.[4]).toBeNull();
    }
    expect(grid.values[second.lastRow - 1]?.[2]).toBe(`${rubric.items[1]?.clauses[2]?.text}。`);
    expect(grid.merges).toContainEqual({ top: second.row, left: 1, bottom: second.lastRow, right: 1 });
    expect(grid.merges).toContainEqual({ top: second.row, left: 6, bottom: second.lastRow, right: 6 });
  });

  it("reads layout (c): title merge, the SUM formula with its cached result, signature lines", async () => {
    const [grid] = gridsFromWorkbook(await roundTrip(messy2014()));
    if (!grid) throw new Error("fixture");
    expect(grid.values[1]?.[0]).toBe("被考核单位：嵯岗镇　考核时间：2014年12月");
    expect(grid.values[2]).toEqual(["评 分 标 准", "目标\n项目", "分　值", "目标要求", "得  分", "考核方式"]);
    expect(grid.values[14]?.[2]).toBe(100);
    expect(grid.formulas?.[14]?.[2]).toBe("=SUM(C4:C14)");
    expect(grid.formulas?.[14]?.[4]).toBe("=SUM(E4:E14)");
    expect(grid.values[14]?.[4]).toBeNull();
    expect(grid.values[16]?.[0]).toBe("考核人：　　　　　　被考核单位负责人：");
    expect(grid.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 6 });
  });

  it("returns every worksheet in workbook order", () => {
    const wb = new Workbook();
    wb.addWorksheet("说明").getCell("A1").value = "填表说明";
    wb.addWorksheet("评分表").getCell("A1").value = "目标项目";
    wb.addWorksheet("空表");
    expect(gridsFromWorkbook(wb).map((g) => [g.name, g.values.length])).toEqual([
      ["说明", 1],
      ["评分表", 1],
      ["空表", 0],
    ]);
  });
});
