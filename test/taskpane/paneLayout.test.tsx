/** @jest-environment jsdom */
// The pane for a day of scoring: the 识别结果 panel folded to one line unless a column needs a decision (and
// remembered), the checks counted at the top, a skip link and shortcuts, the 评分 | 单位汇总 tabs, and item search
// and filters on long sheets.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Workbook } from "exceljs";
import { STRINGS } from "../../src/taskpane/strings";
import { unitsStrings } from "../../src/taskpane/units/unitsStrings";
import { item, renderPane, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
jest.mock("../../src/taskpane/loadUnitsView", () => require("./mockUnitsView"));

const PARTY_MEMBERS = 5;

beforeEach(() => localStorage.clear());

function layoutPanel(): HTMLDetailsElement {
  return screen.getByTestId("layout-panel") as HTMLDetailsElement;
}

/** A plain sheet of `count` one-point items (rows 3…), each with one fixed deduction. */
function longWorkbook(count: number): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet("大表");
  ws.addRow(["大表考核评分细则"]);
  ws.addRow(["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]);
  for (let i = 1; i <= count; i++) ws.addRow([`第${i}项工作`, `完成第${i}项工作。`, "未落实的扣1分。", "查看资料", 1, null]);
  ws.addRow(["合计", null, null, null, count, null]);
  return wb;
}

describe("the 识别结果 panel", () => {
  it("is one folded line when the sheet was read without doubt, and remembers being opened", async () => {
    const { view } = await renderPane(sampleWorkbook());
    expect(layoutPanel().open).toBe(false);
    expect(layoutPanel().querySelector("summary")!.textContent).toBe("识别结果 · 第3行表头 · 11项 · 100分 · 嵯岗镇 ✓");
    fireEvent.click(layoutPanel().querySelector("summary")!);
    // jsdom toggles <details> on a summary click and fires "toggle" afterwards, as browsers do.
    layoutPanel().open = true;
    fireEvent(layoutPanel(), new Event("toggle"));
    expect(localStorage.getItem("kaohe.layoutPanel.open")).toBe("1");
    view.unmount();
    await renderPane(sampleWorkbook());
    expect(layoutPanel().open).toBe(true);
  });

  it("opens by itself when a column had to be guessed from its cells", async () => {
    const workbook = sampleWorkbook();
    workbook.worksheets[0].getCell("C3").value = null; // 评分标准's header gone: the column is read from its content
    await renderPane(workbook);
    expect(layoutPanel().open).toBe(true);
    expect(layoutPanel().querySelector("summary")!.textContent).toMatch(/有列需要确认$/);
  });
});

describe("the top of the pane", () => {
  it("counts the checks on one line; a click opens the list and goes there", async () => {
    const workbook = sampleWorkbook();
    workbook.getWorksheet("嵯岗镇")!.getCell("F5").value = 5;
    await renderPane(workbook);
    const summary = screen.getByTestId("problem-summary");
    // Once a score is filled the sheet is checked (as kaohe check does): F5 holds 5, the other 10 are blank.
    expect(summary.textContent).toBe("10 个警告");
    const checks = screen.getByTestId("checks") as HTMLDetailsElement;
    expect(checks.open).toBe(false);
    fireEvent.click(summary);
    expect(checks.open).toBe(true);
    expect(document.activeElement).toBe(checks.querySelector("summary"));
  });

  it("says nothing about a fresh sheet's blank scores, as kaohe inspect does not", async () => {
    await renderPane(sampleWorkbook());
    expect(screen.queryByTestId("problem-summary")).toBeNull();
  });

  it("has a skip link to the first item's first control", async () => {
    await renderPane(sampleWorkbook());
    fireEvent.click(screen.getByRole("link", { name: "跳到第一个评分项" }));
    const first = screen.getAllByRole("article")[0];
    expect(document.activeElement).toBe(within(first).getAllByRole("checkbox")[0]);
  });

  it("shows how many items are checked beside the total", async () => {
    await renderPane(sampleWorkbook());
    expect(screen.getByTestId("progress").textContent).toBe("已核查 0/11");
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    expect(screen.getByTestId("progress").textContent).toBe("已核查 1/11");
  });

  it("fills the scores on Ctrl+Enter", async () => {
    const { host } = await renderPane(sampleWorkbook());
    const write = jest.spyOn(host, "write");
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    expect(total()).toBe("95 / 100");
    fireEvent.keyDown(document.body, { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    await screen.findByText(/已填写 11 个单元格/);
  });
});

describe("the 评分 | 单位汇总 tabs", () => {
  it("are named as the units view names them, in both languages", () => {
    for (const language of ["zh", "en"] as const) {
      const units = unitsStrings(language);
      expect(STRINGS[language].paneTabs).toEqual({ score: units.tabScore, units: units.tabUnits });
    }
  });

  it("shows the workbook's units, and 评分 on a unit goes back to scoring that sheet", async () => {
    const { host } = await renderPane(sampleWorkbook());
    const scan = jest.spyOn(host, "scan");
    fireEvent.click(screen.getByRole("tab", { name: "单位汇总" }));
    expect(screen.getByRole("tab", { name: "单位汇总" }).getAttribute("aria-selected")).toBe("true");
    const unit = within(await screen.findByTestId("unit-嵯岗镇"));
    expect(unit.getByText("未评")).toBeTruthy();
    expect(screen.queryByTestId("total")).toBeNull();
    fireEvent.click(unit.getByRole("button", { name: "评分" }));
    expect(screen.getByRole("tab", { name: "评分" }).getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expect(scan).toHaveBeenCalledWith("嵯岗镇"));
    await screen.findByTestId("item-5");
  });
});

describe("a long sheet", () => {
  it("finds items by name, with `/` going to the search box", async () => {
    await renderPane(longWorkbook(30));
    expect(screen.getAllByRole("article")).toHaveLength(30);
    fireEvent.keyDown(document.body, { key: "/" });
    const search = screen.getByRole("searchbox", { name: "查找项目" });
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: "第２５项" } });
    expect(screen.getAllByRole("article")).toHaveLength(1);
    expect(screen.getByTestId("item-27")).toBeTruthy(); // 第25项 is on row 27
    expect(screen.getByText("显示 1 / 30 项")).toBeTruthy();
    fireEvent.change(search, { target: { value: "第99项" } });
    expect(screen.getByText("没有符合条件的项目。")).toBeTruthy();
  });

  it("filters to the items with deductions, and to those not yet checked", async () => {
    await renderPane(longWorkbook(30));
    fireEvent.click(item(4).getByRole("checkbox", { name: /未落实/ }));
    fireEvent.click(item(9).getByRole("checkbox", { name: /未落实/ }));
    expect(total()).toBe("28 / 30");
    fireEvent.click(screen.getByRole("button", { name: "有扣分" }));
    expect(screen.getAllByRole("article").map((a) => a.getAttribute("data-testid"))).toEqual(["item-4", "item-9"]);
    fireEvent.click(screen.getByRole("button", { name: "有扣分" }));
    fireEvent.click(screen.getByRole("button", { name: "未核查" }));
    expect(screen.getAllByRole("article")).toHaveLength(28);
    expect(screen.queryByTestId("item-4")).toBeNull();
  });

  // Windowing a sheet of 1,000 items (only the cards near the view drawn): itemWindowing.test.tsx.
});
