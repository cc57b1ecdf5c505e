/** @jest-environment jsdom */
// The level picker, the on/off switch and the 识别结果 selects are the browser's own inputs in Fluent's look
// (Fluent's Radio, Switch and Select would add ~5 KB gzipped to the pane's first script): their names, groups,
// states and disabled states are what a screen reader and the keyboard rely on.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { Workbook } from "exceljs";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { card, renderControls, rowScore, SAFETY } from "./controlsSheet";
import { item, renderPane, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

beforeEach(() => localStorage.clear());

describe("the level picker", () => {
  it("is one radio group named by its clause; its options share one name, so the page has one tab stop for it", async () => {
    await renderControls();
    const group = card(SAFETY).getByRole("radiogroup", { name: "无事故得10分，平指标得5分，超指标不得分" });
    const radios = within(group).getAllByRole("radio") as HTMLInputElement[];
    expect(radios).toHaveLength(4);
    expect(radios[0]!.name).not.toBe("");
    expect(radios.map((r) => r.name)).toEqual([radios[0]!.name, radios[0]!.name, radios[0]!.name, radios[0]!.name]);
    fireEvent.click(radios[2]!);
    expect(radios.map((r) => r.checked)).toEqual([false, false, true, false]);
    expect(rowScore(SAFETY)).toBe("5 / 10");
  });
});

describe("the on/off switch", () => {
  async function bonusPane() {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("表彰");
    sheet.addRow(["项目", "评分标准", "分值", "得分"]);
    sheet.addRow(["制度建设", "未建立制度扣2分", 10, null]);
    sheet.addRow(["表彰", "获市级表彰加1分", 10, null]);
    sheet.addRow(["合计", null, 20, null]);
    render(<App host={new PreviewHost(workbook, "zh")} language="zh" theme="light" rubrics={[]} />);
    await screen.findByTestId("item-3");
  }

  it("is a switch named by its clause and described by its hint; a click turns it on and off", async () => {
    await bonusPane();
    const toggle = item(3).getByRole("switch", { name: "获市级表彰加1分" }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(document.getElementById(toggle.getAttribute("aria-describedby")!)!.textContent).toBe("加 1 分");
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);
    expect(total()).toBe("21 / 20");
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    expect(total()).toBe("20 / 20");
  });
});

describe("the 识别结果 selects", () => {
  it("are named by their labels; the sheet select is disabled with one sheet, a role lists （无） and the columns", async () => {
    await renderPane(sampleWorkbook());
    const sheet = screen.getByRole("combobox", { name: "工作表" }) as HTMLSelectElement;
    expect(sheet.disabled).toBe(true);
    expect(sheet.value).toBe("嵯岗镇");
    const points = screen.getByRole("combobox", { name: "分值" }) as HTMLSelectElement;
    expect(points.disabled).toBe(false);
    expect(points.options[0]!.textContent).toBe("（无）");
    expect(points.options[points.selectedIndex]!.textContent).toMatch(/^E/);
  });
});
