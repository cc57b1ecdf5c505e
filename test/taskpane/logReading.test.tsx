/** @jest-environment jsdom */
// Reading 扣分明细 when a sheet opens: findings follow their items, what is lost is shown, （续） rows are not scorings.
import { fireEvent, screen } from "@testing-library/react";
import { LOG_HEADER, logRecordOf, type CellValue } from "../../src/core";
import type { ScanResult } from "../../src/host/scoringHost";
import { card, controlsWorkbook, PAPERS, renderControls, rowScore, SHEET } from "./controlsSheet";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

function logRow(cells: Partial<Record<(typeof LOG_HEADER)[number], CellValue>>): CellValue[] {
  return LOG_HEADER.map((h) => cells[h] ?? "");
}

describe("the assessor and time recorded in the log", () => {
  it("come from the last scoring row, not from a （续） row that only carries long texts", () => {
    const log: CellValue[][] = [
      [...LOG_HEADER],
      logRow({
        工作表: SHEET,
        行号: 3,
        目标项目: "材料报送",
        条款序号: 1,
        评分标准条款: "材料不全扣2分",
        类型: "扣分",
        次数: 1,
        评分人: "张三",
        时间: "2026-11-30 09:00:00 (UTC+8)",
      }),
      logRow({ 工作表: SHEET, 类型: "（续）", 备注: "续写的备注", 评分人: "续行里的字", 时间: "续行时间" }),
    ];
    const scan: ScanResult = { grid: { name: SHEET, values: [] }, sheets: [SHEET], log };
    expect(logRecordOf(scan.log, scan.grid.name)).toEqual({
      hasRows: true,
      unit: "",
      assessor: "张三",
      time: "2026-11-30 09:00:00 (UTC+8)",
    });
  });
});

describe("restoring from the log with the sheet's model", () => {
  it("a finding whose item was renamed in the log is listed among the checks; the others are restored", async () => {
    const workbook = controlsWorkbook();
    const log = workbook.addWorksheet("扣分明细");
    log.addRows([
      [...LOG_HEADER],
      logRow({
        工作表: SHEET,
        行号: 3,
        目标项目: "材料报送",
        条款序号: 1,
        评分标准条款: "材料不全扣2分",
        类型: "扣分",
        次数: 1,
        分值变动: -2,
      }),
      logRow({
        工作表: SHEET,
        行号: 9,
        目标项目: "已删除的项目",
        条款序号: 1,
        评分标准条款: "未落实扣1分",
        类型: "扣分",
        次数: 1,
        分值变动: -1,
      }),
    ]);
    await renderControls(workbook);
    expect(rowScore(PAPERS)).toBe("3 / 5");
    expect((card(PAPERS).getByRole("checkbox", { name: "材料不全扣2分" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/扣分明细中有 1 条记录与当前表格对不上/)).toBeTruthy();
    expect(screen.getByText(/扣分明细第 3 行（“已删除的项目”：“未落实扣1分”）在评分表中找不到对应的项目或条款/)).toBeTruthy();
  });

  it("a finding logged on a row that moved is restored onto its item by name", async () => {
    const workbook = controlsWorkbook();
    const log = workbook.addWorksheet("扣分明细");
    // Logged when 材料报送 was on row 7; by name and clause text it is the item now on row 3.
    log.addRows([
      [...LOG_HEADER],
      logRow({ 工作表: SHEET, 行号: 7, 目标项目: "材料报送", 条款序号: 1, 评分标准条款: "材料不全扣2分", 类型: "扣分", 次数: 1 }),
    ]);
    await renderControls(workbook);
    expect(rowScore(PAPERS)).toBe("3 / 5");
    fireEvent.click(card(PAPERS).getByRole("checkbox", { name: "材料不全扣2分" }));
    expect(rowScore(PAPERS)).toBe("5 / 5");
  });
});
