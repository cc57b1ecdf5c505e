/** @jest-environment jsdom */
// 填写得分 with items nobody looked at yet: the fill goes through, and its message says how many are left.
import { fireEvent, screen, within } from "@testing-library/react";
import { item, renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const ITEM_ROWS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]; // the 2014 sample's 11 items

function messages() {
  return within(screen.getByTestId("status-messages"));
}

beforeEach(() => localStorage.clear());

describe("a fill with items not yet checked", () => {
  it("is written, and warns that 9 of the 11 items are unchecked", async () => {
    const workbook = sampleWorkbook();
    await renderPane(workbook, "zh");
    fireEvent.click(item(5).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(item(6).getByRole("button", { name: "已核查（无扣分）" }));
    expect(screen.getByTestId("progress").textContent).toBe("已核查 2/11");
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    const status = await messages().findByRole("status");
    expect(status.textContent).toContain("已填写 11 个单元格，并更新扣分明细。还有 9 项未核查。");
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBe(5);
  });

  it("says nothing more once every item is checked", async () => {
    await renderPane(sampleWorkbook(), "zh");
    for (const row of ITEM_ROWS) fireEvent.click(item(row).getByRole("button", { name: "已核查（无扣分）" }));
    expect(screen.getByTestId("progress").textContent).toBe("已核查 11/11");
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    const status = await messages().findByRole("status");
    expect(status.textContent).toContain("已填写 11 个单元格，并更新扣分明细。");
    expect(status.textContent).not.toContain("未核查");
  });
});
