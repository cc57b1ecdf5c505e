/** @jest-environment jsdom */
// Ticks are never lost: unwritten ticks are kept per workbook and sheet (here the preview's local storage),
// come back on reopen, are dropped once written, and 重新读取 asks what to do with them.
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Workbook } from "exceljs";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { item, itemScore, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
jest.mock("../../src/taskpane/loadConfirmDialog", () => require("./mockConfirmDialog"));

const PARTY_MEMBERS = 5; // 党员队伍建设, 10 points: 发展党员工作不规范 −5
const KEY = 'kaohe.draft:"示例.xlsx":嵯岗镇';

async function openPane(workbook: Workbook) {
  const host = new PreviewHost(workbook, "zh", "示例.xlsx");
  const view = render(<App host={host} language="zh" theme="light" />);
  await screen.findByTestId(`item-${PARTY_MEMBERS}`);
  return { host, view };
}

function tick() {
  fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
}

// hidden: a closing Fluent dialog keeps the rest of the page aria-hidden for a moment after it is gone.
function ticked(): boolean {
  return (item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/, hidden: true }) as HTMLInputElement).checked;
}

jest.setTimeout(30_000);
// The machine running the suite may be busy: give findBy/waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });
beforeEach(() => localStorage.clear());

describe("unwritten ticks", () => {
  it("come back, with the note and the score, when the same workbook is opened again", async () => {
    const workbook = sampleWorkbook();
    const first = await openPane(workbook);
    tick();
    fireEvent.change(item(PARTY_MEMBERS).getAllByRole("textbox")[0], { target: { value: "材料缺两份" } });
    expect(total()).toBe("95 / 100");
    await waitFor(() => expect(localStorage.getItem(KEY)).toContain("材料缺两份"));
    first.view.unmount();

    await openPane(workbook);
    expect(ticked()).toBe(true);
    expect(itemScore(PARTY_MEMBERS)).toBe("5 / 10");
    expect(total()).toBe("95 / 100");
    expect((item(PARTY_MEMBERS).getAllByRole("textbox")[0] as HTMLInputElement).value).toBe("材料缺两份");
    expect(screen.getByText(/已恢复上次尚未填写到表格的勾选（共 1 项）/)).toBeTruthy();
  });

  it("are dropped once written: reopening restores them from 扣分明细, not from a draft", async () => {
    const workbook = sampleWorkbook();
    const first = await openPane(workbook);
    tick();
    await waitFor(() => expect(localStorage.getItem(KEY)).not.toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写 11 个单元格/);
    expect(localStorage.getItem(KEY)).toBeNull();
    first.view.unmount();

    await openPane(workbook);
    expect(ticked()).toBe(true);
    expect(screen.getByText(/已从“扣分明细”恢复 1 条扣分记录/)).toBeTruthy();
    expect(screen.queryByText(/已恢复上次尚未填写/)).toBeNull();
  });

  it("are not kept for another workbook of another name", async () => {
    const first = await openPane(sampleWorkbook());
    tick();
    await waitFor(() => expect(localStorage.getItem(KEY)).not.toBeNull());
    first.view.unmount();
    render(<App host={new PreviewHost(sampleWorkbook(), "zh", "另一个.xlsx")} language="zh" theme="light" />);
    await screen.findByTestId(`item-${PARTY_MEMBERS}`);
    expect(ticked()).toBe(false);
    expect(total()).toBe("100 / 100");
  });

  it("make 重新读取 ask: cancel changes nothing, keep re-reads with the ticks, discard drops them", async () => {
    const { host } = await openPane(sampleWorkbook());
    const scan = jest.spyOn(host, "scan");
    tick();
    // The handler loads the dialog's script first: settled inside act. (hidden: see ticked.)
    const rescan = () =>
      act(async () => {
        fireEvent.click(within(screen.getByTestId("total-bar")).getByRole("button", { name: "重新读取", hidden: true }));
      });

    await rescan();
    await screen.findByRole("alertdialog");
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(scan).not.toHaveBeenCalled();
    await waitFor(() => expect(ticked()).toBe(true));

    await rescan();
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "保留勾选并重新读取" }));
    });
    await waitFor(() => expect(scan).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(total()).toBe("95 / 100"));
    await waitFor(() => expect(ticked()).toBe(true));

    await rescan();
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "放弃勾选并重新读取" }));
    });
    await waitFor(() => expect(scan).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(total()).toBe("100 / 100"));
    await waitFor(() => expect(ticked()).toBe(false));
    expect(localStorage.getItem(KEY)).toBeNull();

    // Nothing unwritten now: 重新读取 reads at once.
    await rescan();
    await waitFor(() => expect(scan).toHaveBeenCalledTimes(3));
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("ignores a draft that is not one the pane wrote", async () => {
    localStorage.setItem(KEY, "{not json");
    await openPane(sampleWorkbook());
    expect(total()).toBe("100 / 100");
    localStorage.setItem(KEY, JSON.stringify({ v: 1, inputs: { "5:2": { count: 99, amount: null, note: 3 } } }));
    render(<App host={new PreviewHost(sampleWorkbook(), "zh", "示例.xlsx")} language="zh" theme="light" />);
    await waitFor(() => expect(screen.getAllByTestId("total")[1].textContent).toBe("95 / 100"));
  });
});
