/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { LOG_SHEET_NAME } from "../../src/core";
import { item, itemScore, renderPane, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const PARTY_MEMBERS = 5; // 党员队伍建设
const EDUCATION = 6; // 党员干部教育管理: "少一次扣0.5分", at most 3
const VILLAGES = 9; // 后进嘎查…: "1个嘎查活动场所面积未达到150平米标准的扣2分", per village

function setSpin(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

describe("the scoring pane on the 2014 sample", () => {
  it("lists every item with its points and live score, and the total", async () => {
    await renderPane(sampleWorkbook());
    expect(screen.getAllByRole("article")).toHaveLength(11);
    expect(item(PARTY_MEMBERS).getByRole("heading").textContent).toBe("党员队伍建设");
    expect(itemScore(PARTY_MEMBERS)).toBe("10 / 10");
    expect(itemScore(7)).toBe("5 / 5");
    expect(total()).toBe("100 / 100");
    expect(screen.getByText("2014年度苏木镇基层党建工作考核评分细则")).toBeTruthy();
    expect((screen.getByLabelText("被考核单位") as HTMLInputElement).value).toBe("嵯岗镇");
  });

  it("ticking a deduction lowers the item and the total", async () => {
    await renderPane(sampleWorkbook());
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    expect(itemScore(PARTY_MEMBERS)).toBe("5 / 10");
    expect(total()).toBe("95 / 100");
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /没制定发展党员工作计划/ }));
    expect(itemScore(PARTY_MEMBERS)).toBe("3 / 10");
    expect(total()).toBe("93 / 100");
  });

  it("keeps a per-occurrence count within its cap, and says when a row is maxed out", async () => {
    await renderPane(sampleWorkbook());
    const activities = item(EDUCATION).getByRole("spinbutton", { name: /少一次扣0.5分/ }) as HTMLInputElement;
    setSpin(activities, "5");
    expect(activities.value).toBe("3");
    expect(itemScore(EDUCATION)).toBe("8.5 / 10");

    const villages = item(VILLAGES).getByRole("spinbutton", { name: /150平米/ }) as HTMLInputElement;
    setSpin(villages, "6");
    expect(villages.value).toBe("5"); // 5 villages × 2 use up the row's 10 points: a 6th changes nothing
    expect(itemScore(VILLAGES)).toBe("0 / 10");
    expect(item(VILLAGES).getByText("已扣满")).toBeTruthy();
    expect(total()).toBe("88.5 / 100");
  });

  it("applies a unit's exception only to that unit", async () => {
    await renderPane(sampleWorkbook());
    fireEvent.click(item(VILLAGES).getByRole("checkbox", { name: /转化整顿相关材料/ }));
    expect(itemScore(VILLAGES)).toBe("10 / 10"); // (嵯岗、罕达盖除外)
    fireEvent.change(screen.getByLabelText("被考核单位"), { target: { value: "阿木古郎镇" } });
    expect(itemScore(VILLAGES)).toBe("8 / 10");
  });

  it("fills 得分 through host.write with the engine's plan, then undoes it exactly", async () => {
    const workbook = sampleWorkbook();
    const { host } = await renderPane(workbook);
    const write = jest.spyOn(host, "write");
    const undo = jest.spyOn(host, "undo");
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    setSpin(item(VILLAGES).getByRole("spinbutton", { name: /150平米/ }), "6");

    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写 11 个单元格/);
    expect(write).toHaveBeenCalledTimes(1);
    const plan = write.mock.calls[0][0];
    expect(plan.sheet).toBe("嵯岗镇");
    expect(plan.writes).toContainEqual({ row: PARTY_MEMBERS, col: 6, value: 5, previous: null });
    expect(plan.writes).toContainEqual({ row: VILLAGES, col: 6, value: 0, previous: null });
    expect(plan.log).toHaveLength(3);
    const sheet = workbook.getWorksheet("嵯岗镇")!;
    expect(sheet.getCell("F5").value).toBe(5);
    expect(sheet.getCell("F9").value).toBe(0);
    expect(workbook.getWorksheet(LOG_SHEET_NAME)).toBeDefined();

    fireEvent.click(screen.getByRole("button", { name: "撤销本次填写" }));
    await screen.findByText(/已撤销本次填写/);
    expect(undo).toHaveBeenCalledWith(await write.mock.results[0].value);
    expect(sheet.getCell("F5").value).toBeNull();
    expect(sheet.getCell("F9").value).toBeNull();
    expect(workbook.getWorksheet(LOG_SHEET_NAME)).toBeUndefined();
    expect(screen.queryByRole("button", { name: "撤销本次填写" })).toBeNull();
    expect(total()).toBe("85 / 100"); // the ticks stay in the pane
  });

  it("asks before overwriting a filled score, and writes nothing when cancelled", async () => {
    const workbook = sampleWorkbook();
    workbook.getWorksheet("嵯岗镇")!.getCell("F5").value = 7;
    const { host } = await renderPane(workbook);
    const write = jest.spyOn(host, "write");
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));

    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("F5：7 → 5");
    expect(write).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(write).not.toHaveBeenCalled();
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBe(7);

    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByRole("alertdialog");
    fireEvent.click(screen.getByRole("button", { name: "覆盖并填写" }));
    await screen.findByText(/已填写/);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0][0].writes).toContainEqual({ row: PARTY_MEMBERS, col: 6, value: 5, previous: 7 });
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F5").value).toBe(5);
  });

  it("restores ticks, counts and notes from the workbook's 扣分明细 when opened again", async () => {
    const workbook = sampleWorkbook();
    const first = await renderPane(workbook);
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.change(item(PARTY_MEMBERS).getByRole("textbox", { name: /备注/ }), { target: { value: "缺入党申请书" } });
    setSpin(item(VILLAGES).getByRole("spinbutton", { name: /150平米/ }), "5");
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写/);
    first.view.unmount();

    await renderPane(workbook);
    expect(await screen.findByText(/已从“扣分明细”恢复 2 条扣分记录/)).toBeTruthy();
    expect((item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }) as HTMLInputElement).checked).toBe(true);
    expect((item(PARTY_MEMBERS).getByRole("textbox", { name: /备注/ }) as HTMLInputElement).value).toBe("缺入党申请书");
    expect((item(VILLAGES).getByRole("spinbutton", { name: /150平米/ }) as HTMLInputElement).value).toBe("5");
    expect(total()).toBe("85 / 100");
  });

  it("re-reads the sheet when a role's column is changed by hand", async () => {
    await renderPane(sampleWorkbook());
    const itemColumn = screen.getByRole("combobox", { name: "目标项目" }) as HTMLSelectElement;
    expect(itemColumn.value).toBe("1");
    fireEvent.change(itemColumn, { target: { value: "2" } });
    expect(item(PARTY_MEMBERS).getByRole("heading").textContent).toMatch(/科学制定年度党员发展规划/);
    expect((screen.getByRole("combobox", { name: "目标项目" }) as HTMLSelectElement).value).toBe("2");

    // Without a rule column the sheet reads as a checklist (issue 6): the items stay, with no clause to tick.
    fireEvent.change(screen.getByRole("combobox", { name: "评分标准" }), { target: { value: "" } });
    expect(screen.queryAllByRole("article")).toHaveLength(11);
    expect(item(PARTY_MEMBERS).queryAllByRole("checkbox")).toHaveLength(0);
  });

  it("selects a checked cell in the sheet when its problem is clicked", async () => {
    const workbook = sampleWorkbook();
    workbook.getWorksheet("嵯岗镇")!.getCell("F5").value = 11; // 11 of 10: a check to click
    const { host } = await renderPane(workbook);
    const select = jest.spyOn(host, "select");
    fireEvent.click(screen.getByRole("button", { name: /F5/ }));
    await waitFor(() => expect(select).toHaveBeenCalledWith("嵯岗镇", "F5"));
  });

  it("shows a host failure as a message, not a blank pane", async () => {
    const workbook = sampleWorkbook();
    const { host } = await renderPane(workbook);
    workbook.getWorksheet("嵯岗镇")!.getCell("F4").value = 9; // edited after the scan
    jest.spyOn(host, "write");
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("在读取后被修改过");
    expect(screen.getAllByRole("article")).toHaveLength(11);
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button", { name: "重新读取" })[0]);
    });
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
