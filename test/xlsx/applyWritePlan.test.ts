import { LOG_HEADER, LOG_SHEET_NAME } from "../../src/core/writes/logSheet";
import type { CellValue, WritePlan } from "../../src/core/types";
import { applyWritePlan } from "../../src/xlsx/applyWritePlan";
import { clean2014, clausePerRow2014, clausePerRowSpans, noScoreColumn2014, roundTrip } from "../fixtures/workbooks";

const LOG: CellValue[][] = [
  [...LOG_HEADER],
  ["苏木镇考核", "嵯岗镇", 3, "党员队伍建设", 3, "党员信息库没有专门电脑的扣3分", "deduct", 1, null, -3, "无专门电脑", "扣3分", "张三", "2014-12-20T08:00:00.000Z"],
];

function plan(partial: Partial<WritePlan>): WritePlan {
  return { sheet: "苏木镇考核", writes: [], addedScoreColumn: null, conflicts: [], log: LOG, ...partial };
}

describe("applyWritePlan", () => {
  it("writes the cells and keeps their borders and alignment", async () => {
    const wb = clean2014();
    applyWritePlan(wb, plan({ writes: [{ row: 3, col: 6, value: 7, previous: null }, { row: 13, col: 6, value: 97, previous: null }] }));
    const ws = (await roundTrip(wb)).getWorksheet("苏木镇考核");
    expect(ws?.getCell("F3").value).toBe(7);
    expect(ws?.getCell("F13").value).toBe(97);
    expect(ws?.getCell("F3").border?.left?.style).toBe("thin");
    expect(ws?.getCell("F3").alignment?.wrapText).toBe(true);
    expect(ws?.getCell("C3").value).toBe(clean2014().getWorksheet("苏木镇考核")?.getCell("C3").value);
  });

  it("creates the 扣分明细 sheet with a bold header, wrapped text and bounded widths", async () => {
    const wb = clean2014();
    applyWritePlan(wb, plan({}));
    const log = (await roundTrip(wb)).getWorksheet(LOG_SHEET_NAME);
    if (!log) throw new Error("no log sheet");
    expect(log.getRow(1).values).toEqual([undefined, ...LOG_HEADER]);
    expect(log.getCell("A1").font?.bold).toBe(true);
    expect(log.getCell("F2").value).toBe("党员信息库没有专门电脑的扣3分");
    expect(log.getCell("F2").alignment?.wrapText).toBe(true);
    const widths = LOG_HEADER.map((_h, i) => log.getColumn(i + 1).width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...widths)).toBeLessThanOrEqual(48);
    expect(log.getColumn(6).width).toBeGreaterThan(log.getColumn(3).width ?? 0);
  });

  it("replaces an existing 扣分明细 sheet instead of adding a second one", async () => {
    const wb = clean2014();
    const old = wb.addWorksheet(LOG_SHEET_NAME);
    old.addRow(["旧记录"]);
    old.addRow(["旧记录2"]);
    old.addRow(["旧记录3"]);
    applyWritePlan(wb, plan({}));
    const loaded = await roundTrip(wb);
    expect(loaded.worksheets.map((w) => w.name)).toEqual(["苏木镇考核", LOG_SHEET_NAME]);
    const log = loaded.getWorksheet(LOG_SHEET_NAME);
    expect(log?.actualRowCount).toBe(2);
    expect(log?.getCell("A1").value).toBe("工作表");
  });

  it("gives an added score column the neighbour's borders and alignment", async () => {
    const wb = noScoreColumn2014();
    applyWritePlan(wb, plan({ addedScoreColumn: 6, writes: [{ row: 1, col: 6, value: "得分", previous: null }, { row: 2, col: 6, value: 10, previous: null }] }));
    const ws = (await roundTrip(wb)).getWorksheet("苏木镇考核");
    expect(ws?.getCell("F1").value).toBe("得分");
    expect(ws?.getCell("F2").value).toBe(10);
    for (const address of ["F1", "F2", "F12", "F13"]) {
      expect(ws?.getCell(address).border?.bottom?.style).toBe("thin");
      expect(ws?.getCell(address).alignment?.wrapText).toBe(true);
    }
    expect(ws?.getCell("F14").border).toBeFalsy();
  });

  it("merges an added score column down where the neighbour column is merged down", async () => {
    const wb = await roundTrip(clausePerRow2014({ scoreColumn: false }));
    applyWritePlan(wb, plan({ addedScoreColumn: 6, writes: [{ row: 1, col: 6, value: "得分", previous: null }] }));
    const loaded = await roundTrip(wb);
    const span = clausePerRowSpans()[0];
    if (!span) throw new Error("fixture");
    expect(loaded.getWorksheet("苏木镇考核")?.model.merges).toContain(`F${span.row}:F${span.lastRow}`);
  });

  it("rejects a plan for a sheet the workbook does not have", () => {
    expect(() => applyWritePlan(clean2014(), plan({ sheet: "不存在" }))).toThrow("不存在");
  });
});
