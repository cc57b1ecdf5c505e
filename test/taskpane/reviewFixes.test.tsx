/** @jest-environment jsdom */
// Reopening restores the unit and assessor; status messages sit in the sticky bar; per-clause counts stop where the
// row (or the clause's cap) is used up; a write whose re-read fails, or that fails half-way, keeps its receipt;
// severity badges do not wrap.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { LOG_SHEET_NAME } from "../../src/core";
import { HostError } from "../../src/host/scoringHost";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { item, itemScore, renderPane, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));

const PARTY_MEMBERS = 5; // 党员队伍建设, 10 points
const VILLAGES = 9; // 后进嘎查…: clause 1 "…扣2分(嵯岗、罕达盖除外)"

function setSpin(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

function bar() {
  return within(screen.getByTestId("total-bar"));
}

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
    expect(workbook.getWorksheet("嵯岗镇")!.getCell("F9").value).toBe(8);
    first.view.unmount();

    const { host } = await renderPane(workbook);
    await screen.findByText(/已从“扣分明细”恢复 1 条扣分记录/);
    expect(unitInput().value).toBe("阿木古郎镇");
    expect(itemScore(VILLAGES)).toBe("8 / 10");
    expect(total()).toBe("98 / 100");

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

describe("the assessor's name", () => {
  it("is remembered for next time", async () => {
    const first = await renderPane(sampleWorkbook());
    expect(assessorInput().value).toBe("");
    fireEvent.change(assessorInput(), { target: { value: "李四" } });
    first.view.unmount();

    await renderPane(sampleWorkbook());
    expect(assessorInput().value).toBe("李四");
  });

  it("is simply not remembered where localStorage refuses access", async () => {
    jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    await renderPane(sampleWorkbook());
    fireEvent.change(assessorInput(), { target: { value: "王五" } });
    expect(assessorInput().value).toBe("王五");
    expect(screen.getAllByRole("article")).toHaveLength(11);
  });
});

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

describe("a per clause bounded only by the row, or by its cap", () => {
  async function paneWithCriteria(criteria: string) {
    const workbook = sampleWorkbook();
    const sheet = workbook.getWorksheet("嵯岗镇")!;
    // Row 7 (5 points): one clause, no rubric, so the stepper knows only what the sheet says.
    sheet.getCell("C7").value = criteria;
    render(<App host={new PreviewHost(workbook)} language="zh" theme="light" rubrics={[]} />);
    await screen.findByTestId("item-7");
    expect(itemScore(7)).toBe("5 / 5");
    return item(7).getByRole("spinbutton") as HTMLInputElement;
  }

  it("每项扣1分，扣完为止 on a 5-point row counts at most 5", async () => {
    const stepper = await paneWithCriteria("每项扣1分，扣完为止");
    expect(stepper.getAttribute("aria-valuemax")).toBe("5");
    setSpin(stepper, "9");
    expect(stepper.value).toBe("5");
    expect(itemScore(7)).toBe("0 / 5");
  });

  it("a clause with no written cap counts at most the row's points", async () => {
    const stepper = await paneWithCriteria("少一次扣2分");
    setSpin(stepper, "40");
    expect(stepper.value).toBe("3");
    expect(itemScore(7)).toBe("0 / 5");
  });

  it("每次扣2分，最多扣3分 counts up to the cap (2), not below it", async () => {
    const stepper = await paneWithCriteria("每次扣2分，最多扣3分");
    setSpin(stepper, "5");
    expect(stepper.value).toBe("2");
    expect(itemScore(7)).toBe("2 / 5");
  });
});

describe("severity badges", () => {
  it("keep to one line at pane width", async () => {
    const workbook = sampleWorkbook();
    workbook.getWorksheet("嵯岗镇")!.getCell("F5").value = 11; // a filled sheet is checked: badges to draw
    await renderPane(workbook);
    const badges = within(screen.getByTestId("checks")).getAllByTestId("severity");
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      const style = getComputedStyle(badge);
      expect(style.whiteSpace).toBe("nowrap");
      expect(style.flexShrink).toBe("0");
    }
  });
});
