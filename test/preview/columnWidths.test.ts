// The preview sizes columns the sheet gives no width from their content: long text wraps within 40 characters,
// short or empty columns keep Excel's default, a title merged across columns does not widen its first column.
import { Workbook } from "exceljs";
import { columnWidths, contentChars, pixelWidth } from "../../src/preview/columnWidths";
import { gridFromWorksheet } from "../../src/xlsx/readWorkbook";

function sheet() {
  const wb = new Workbook();
  const ws = wb.addWorksheet("表");
  ws.addRow(["某某年度考核评分细则（标题合并在 A1:D1，很长很长很长）"]);
  ws.mergeCells("A1:D1");
  ws.addRow(["项目", "评分标准", "分值", ""]);
  ws.addRow(["党建", "没制定发展党员工作计划的扣2分；少一次扣0.5分；扣完为止。另有说明文字若干，足以超过四十个字符的宽度。", 10, null]);
  ws.addRow(["组织建设与管理", "ab\ncdefghijkl", 5, null]);
  ws.getColumn(3).width = 6;
  return { wb, grid: gridFromWorksheet(ws) };
}

describe("content widths", () => {
  it("measures the longest line, CJK as two characters, between 8.43 and 40", () => {
    const { grid } = sheet();
    expect(contentChars(grid, 1)).toBe(15); // 组织建设与管理: 7 × 2 + 1
    expect(contentChars(grid, 2)).toBe(40); // the long rule wraps
    expect(contentChars(grid, 4)).toBe(8.43); // empty
  });

  it("leaves the widths the sheet sets alone and sizes the others", () => {
    const { wb, grid } = sheet();
    expect(columnWidths(wb, "表", 4, grid)).toEqual([110, 285, 47, 64]);
    expect(columnWidths(wb, "表", 4)).toEqual([pixelWidth(undefined), pixelWidth(undefined), 47, pixelWidth(undefined)]);
  });
});
