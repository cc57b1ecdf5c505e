/** @jest-environment jsdom */
// What a fill tells the assessor: messages and errors in the sticky bar beside 填写得分; a fill that fails after
// writing (the re-read fails, or the write fails half-way) keeps its receipt, so 撤销本次填写 still works.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { LOG_SHEET_NAME } from "../../src/core";
import { HostError } from "../../src/host/scoringHost";
import { item, renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const PARTY_MEMBERS = 5; // 党员队伍建设, 10 points

function bar() {
  return within(screen.getByTestId("total-bar"));
}

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe("status messages", () => {
  it("appear in the sticky bar with 填写得分, not at the top of the scrolled list", async () => {
    await renderPane(sampleWorkbook());
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    expect(await bar().findByText(/已填写 11 个单元格/)).toBeTruthy();
    expect(bar().getByRole("button", { name: "填写得分" })).toBeTruthy();
  });

  it("errors (a sheet changed since the scan) too", async () => {
    const workbook = sampleWorkbook();
    await renderPane(workbook);
    workbook.getWorksheet("嵯岗镇")!.getCell("F4").value = 9;
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    const alert = await bar().findByRole("alert");
    expect(alert.textContent).toContain("在读取后被修改过");
  });
});

describe("a fill that fails after writing", () => {
  it("keeps the receipt when re-reading after the write fails, and says the write succeeded", async () => {
    const workbook = sampleWorkbook();
    const { host } = await renderPane(workbook);
    jest.spyOn(host, "scan").mockRejectedValueOnce(new HostError("failed", "读取失败：Excel 正忙"));
    const undo = jest.spyOn(host, "undo");
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));

    const alert = await bar().findByRole("alert");
    expect(alert.textContent).toContain("已填写 11 个单元格并更新扣分明细，但随后重新读取工作表失败");
    expect(alert.textContent).toContain("读取失败：Excel 正忙");
    expect(alert.textContent).not.toContain("未被修改");
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBe(5);

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "撤销本次填写" }));
    });
    await screen.findByText(/已撤销本次填写/);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBeNull();
    expect(workbook.getWorksheet(LOG_SHEET_NAME)).toBeUndefined();
  });

  it("keeps a HostError's receipt (written in part, then failed) so the user can undo, and shows the error", async () => {
    const workbook = sampleWorkbook();
    const { host } = await renderPane(workbook);
    const realWrite = host.write.bind(host);
    jest.spyOn(host, "write").mockImplementationOnce(async (plan) => {
      const receipt = await realWrite(plan);
      throw new HostError("failed", "写入到一半时 Excel 出错。", receipt);
    });
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));

    const alert = await bar().findByRole("alert");
    expect(alert.textContent).toContain("写入到一半时 Excel 出错。");
    expect(alert.textContent).toContain("部分内容已经写入表格");
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBe(5);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "撤销本次填写" }));
    });
    await screen.findByText(/已撤销本次填写/);
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBeNull();
  });
});
