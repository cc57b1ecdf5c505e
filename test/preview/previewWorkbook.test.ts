// The preview's whole-workbook access over an in-memory exceljs workbook: a copied unit sheet keeps its merges
// and values apart from the original; the summary sheets are drawn and their chart kept for the page.
import { validateRubric } from "../../src/core";
import { summarySheet } from "../../src/core/assessment";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { gridsFromWorkbook } from "../../src/xlsx/readWorkbook";
import { templateWorkbook } from "../../src/xlsx/template";
import rubricJson from "../../rubrics/2014-sumu-town.json";

function setUp() {
  const wb = templateWorkbook(validateRubric(rubricJson), "嵯岗镇");
  let changes = 0;
  const access = new PreviewWorkbook({ ready: async () => wb, grids: () => gridsFromWorkbook(wb), changed: () => void changes++ }, "zh");
  return { wb, access, changes: () => changes };
}

it("copies a sheet with its merges and values, then changes only the copy", async () => {
  const { wb, access, changes } = setUp();
  const source = wb.worksheets[0].name;
  await access.copySheet(source, "新华社区", [{ row: 2, col: 1, value: "被考核单位：新华社区　考核时间：" }]);
  expect(wb.worksheets.map((w) => w.name)).toEqual([source, "新华社区"]);
  const copy = wb.getWorksheet("新华社区")!;
  expect(copy.getCell("A2").value).toBe("被考核单位：新华社区　考核时间：");
  expect(wb.getWorksheet(source)!.getCell("A2").value).toBe("被考核单位：嵯岗镇　考核时间：");
  expect(copy.getCell("C5").value).toBe(wb.getWorksheet(source)!.getCell("C5").value);
  expect(copy.model.merges).toEqual(wb.getWorksheet(source)!.model.merges);
  expect(changes()).toBe(1);
  const buffer = await wb.xlsx.writeBuffer();
  expect(buffer.byteLength).toBeGreaterThan(1000);
});

it("writes output sheets (replacing one of the same name) and keeps their chart", async () => {
  const { wb, access } = setUp();
  const out = summarySheet({ title: "汇总", items: [], classes: [], rows: [], quotas: [] });
  await access.writeOutputs([{ ...out, chart: { title: "总分", categories: "B3:B4", values: "C3:C4", anchor: "A6" } }]);
  await access.writeOutputs([{ ...out, chart: { title: "总分", categories: "B3:B4", values: "C3:C4", anchor: "A6" } }]);
  expect(wb.worksheets.filter((w) => w.name === "汇总")).toHaveLength(1);
  expect(access.chartOf("汇总")?.values).toBe("C3:C4");
  expect(wb.getWorksheet("汇总")!.getCell("A2").value).toBe("序号");
});
