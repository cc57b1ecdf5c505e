import { findScoringSheet, inspectSheet } from "../../src/core";
import { gridsFromWorkbook } from "../../src/xlsx/readWorkbook";
import { templateWorkbook } from "../../src/xlsx/template";
import { NAMES_2014, POINTS_2014, rubric2014 } from "../fixtures/rubric2014";
import { roundTrip } from "../fixtures/workbooks";

describe("templateWorkbook", () => {
  it("lays out title, unit line, header, one row per item, 合计 with SUM, signature line", async () => {
    const wb = await roundTrip(templateWorkbook(rubric2014(), "嵯岗镇"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["嵯岗镇"]);
    const ws = wb.getWorksheet("嵯岗镇");
    if (!ws) throw new Error("no sheet");
    expect(ws.getCell("A1").value).toBe("2014年度苏木镇基层党建工作考核评分细则");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:F1", "A2:F2", "A17:F17"]));
    expect(ws.getCell("A2").value).toBe("被考核单位：嵯岗镇　考核时间：");
    expect(ws.getRow(3).values).toEqual([undefined, "目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]);
    const rubric = rubric2014();
    rubric.items.forEach((item, i) => {
      const row = ws.getRow(4 + i);
      expect([row.getCell(1).value, row.getCell(3).value, row.getCell(5).value, row.getCell(6).value]).toEqual([item.name, item.criteria, item.points, null]);
      expect(row.getCell(2).value).toBe(item.requirement);
      expect(row.getCell(4).value).toBe(item.method);
    });
    expect(ws.getCell("A15").value).toBe("合计");
    expect(ws.getCell("E15").value).toBe(100);
    expect(ws.getCell("F15").value).toMatchObject({ formula: "SUM(F4:F14)" });
    expect(ws.getCell("A17").value).toBe("考核人：　　　　　　　　被考核单位负责人：");
  });

  it("draws borders and wraps text over the table only, with readable widths", async () => {
    const ws = (await roundTrip(templateWorkbook(rubric2014()))).worksheets[0];
    if (!ws) throw new Error("no sheet");
    expect(ws.name).toBe("考核评分表");
    expect(ws.getCell("A2").value).toBe("被考核单位：　考核时间：");
    for (const address of ["A3", "F3", "C9", "F14", "A15", "F15"]) {
      expect(ws.getCell(address).border?.top?.style).toBe("thin");
      expect(ws.getCell(address).alignment?.wrapText).toBe(true);
    }
    expect(ws.getCell("A17").border?.top).toBeUndefined();
    expect(ws.getColumn(3).width).toBeGreaterThan(40);
    expect(ws.getColumn(5).width).toBeLessThan(10);
  });

  it("is read back by the core as the 2014 table: header row 3, 11 items, their points, 合计 100", async () => {
    const grids = gridsFromWorkbook(await roundTrip(templateWorkbook(rubric2014(), "嵯岗镇")));
    expect(findScoringSheet(grids)).toBe(0);
    const grid = grids[0];
    if (!grid) throw new Error("no grid");
    const model = inspectSheet(grid, { rubric: rubric2014() });
    expect(model.layout.headerRow).toBe(3);
    expect(model.layout.unit).toBe("嵯岗镇");
    expect(model.items.map((i) => i.name)).toEqual(NAMES_2014);
    expect(model.items.map((i) => i.points)).toEqual(POINTS_2014);
    expect(model.items.map((i) => i.row)).toEqual(NAMES_2014.map((_n, i) => 4 + i));
    expect(model.layout.total?.row).toBe(15);
    expect(model.layout.total?.scoreFormula).toBe("=SUM(F4:F14)");
    expect(model.declaredTotal).toBe(100);
    expect(model.pointsSum).toBe(100);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
