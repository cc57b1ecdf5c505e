/** @jest-environment jsdom */
// The pane when someone else's edit meets the fill: a co-author's cell kept (the rest written, undo offered), or
// 扣分明细 edited by hand since the scan (nothing written); the ticks stay either way.
import { act, configure, fireEvent, screen, within } from "@testing-library/react";
import { LOG_SHEET_NAME } from "../../src/core";
import { HostError } from "../../src/host/scoringHost";
import { item, renderPane, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
jest.mock("../../src/taskpane/loadConfirmDialog", () => require("./mockConfirmDialog"));

jest.setTimeout(30_000);
// The machine running the suite may be busy: give findBy/waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });
const PARTY_MEMBERS = 5;

function bar() {
  return within(screen.getByTestId("total-bar"));
}

describe("conflicts in the pane", () => {
  it("shows a co-author conflict as the host says it, keeps the ticks and offers undo", async () => {
    const workbook = sampleWorkbook();
    const { host } = await renderPane(workbook);
    const realWrite = host.write.bind(host);
    jest.spyOn(host, "write").mockImplementationOnce(async (plan) => {
      const receipt = await realWrite(plan);
      throw new HostError("conflict", "填写时，有人同时修改了工作表“嵯岗镇”的 F6：已保留对方的内容。", receipt);
    });
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));

    const alert = await bar().findByRole("alert");
    expect(alert.textContent).toContain("有人同时修改了工作表“嵯岗镇”的 F6");
    expect(alert.textContent).not.toContain("部分内容已经写入表格");
    expect(total()).toBe("95 / 100");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "撤销本次填写" }));
    });
    await screen.findByText(/已撤销本次填写/);
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBeNull();
  });

  it("writes nothing over a hand edit to 扣分明细, and says which sheet", async () => {
    const workbook = sampleWorkbook();
    const log = workbook.addWorksheet(LOG_SHEET_NAME);
    log.addRow(["工作表", "目标项目"]);
    await renderPane(workbook);
    log.getCell("B2").value = "手工补记";
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));

    const alert = await bar().findByRole("alert");
    expect(alert.textContent).toContain("工作表“扣分明细”在读取后被手动修改过，本次没有写入任何内容");
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBeNull();
    expect(log.getCell("B2").value).toBe("手工补记");
    expect(total()).toBe("95 / 100");
  });
});
