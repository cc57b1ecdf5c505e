/** @jest-environment jsdom */
// Reopening a workbook scored in the pane: the unit and the assessor come back from 扣分明细, so the scores shown are
// the ones written and filling again changes no score; the log's 时间 carries its UTC offset.
import { fireEvent, screen } from "@testing-library/react";
import { LOG_SHEET_NAME } from "../../src/core";
import { item, itemScore, renderPane, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const PARTY_MEMBERS = 5; // 党员队伍建设, 10 points
const VILLAGES = 9; // 后进嘎查…: clause 1 "…扣2分(嵯岗、罕达盖除外)"

const unitInput = () => screen.getByLabelText("被考核单位") as HTMLInputElement;
const assessorInput = () => screen.getByLabelText("评分人") as HTMLInputElement;

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe("reopening a workbook scored in the pane", () => {
  it("restores the unit typed in the pane, so the score is the one written and filling again changes no score", async () => {
    const workbook = sampleWorkbook();
    const first = await renderPane(workbook);
    fireEvent.change(unitInput(), { target: { value: "阿木古郎镇" } });
    fireEvent.click(item(VILLAGES).getByRole("checkbox", { name: /转化整顿相关材料/ }));
    expect(itemScore(VILLAGES)).toBe("8 / 10"); // the exception (嵯岗、罕达盖除外) does not cover 阿木古郎镇
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写 11 个单元格/);
    const filledBy = Date.now();
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F9").value).toBe(8);
    first.view.unmount();

    const { host } = await renderPane(workbook);
    await screen.findByText(/已从“扣分明细”恢复 1 条扣分记录/);
    expect(unitInput().value).toBe("阿木古郎镇");
    expect(itemScore(VILLAGES)).toBe("8 / 10");
    expect(total()).toBe("98 / 100");

    // The log's 时间 is to the second: filled again within the same second, the log would be unchanged too and the
    // pane would rightly write nothing at all. A later second makes this the "only the log changes" case every time.
    const nextSecond = Math.floor(filledBy / 1000) * 1000 + 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextSecond - Date.now())));
    const write = jest.spyOn(host, "write");
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写 0 个单元格|无需填写/);
    expect(screen.queryByRole("alertdialog")).toBeNull(); // no offer to overwrite 8 with 10
    // One fill, with no cell to change: only the log is rewritten.
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]?.[0].writes).toEqual([]);
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F9").value).toBe(8);
  });

  it("restores the assessor from the log's 评分人 when the pane has none", async () => {
    const workbook = sampleWorkbook();
    const first = await renderPane(workbook);
    fireEvent.change(assessorInput(), { target: { value: "张三" } });
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写/);
    const log = workbook.getWorksheet(LOG_SHEET_NAME)!;
    expect(log.getRow(2).values).toContain("张三");
    first.view.unmount();
    localStorage.clear(); // another machine: only the workbook knows

    await renderPane(workbook);
    await screen.findByText(/已从“扣分明细”恢复/);
    expect(assessorInput().value).toBe("张三");
  });

  it("writes the log's 时间 as local time with its UTC offset", async () => {
    const workbook = sampleWorkbook();
    await renderPane(workbook);
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写/);
    const time = String(workbook.getWorksheet(LOG_SHEET_NAME)!.getRow(2).getCell(14).value);
    expect(time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC[+-]\d/);
  });
});
