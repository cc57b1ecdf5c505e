/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { STRINGS } from "../../src/taskpane/strings";
import { item, itemScore, RUBRIC, renderPane, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

// The pane's own words, without the sheet's content (item names, clause texts, the unit), which stay as written.
function paneText(): string {
  const clone = document.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll("h3, label, input, select, [data-testid^='file']").forEach((el) => el.remove());
  return clone.textContent ?? "";
}

describe("the pane in English", () => {
  it("uses the English string table throughout", async () => {
    await renderPane(sampleWorkbook(), "en");
    expect(screen.getByRole("button", { name: "Fill in scores" })).toBeTruthy();
    expect(screen.getByText("Total")).toBeTruthy();
    expect(screen.getByText("Detected layout")).toBeTruthy();
    expect(screen.getAllByText("Deducts 5").length).toBeGreaterThan(0);
    expect(screen.queryByText("填写得分")).toBeNull();
    expect(screen.queryByText("总分")).toBeNull();
    // Chinese that remains comes from the sheet (item names, clauses, sheet name, quoted in the checks), not from the pane.
    const leftover = paneText().match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g) ?? [];
    const sheetWords = ["嵯岗镇", "年度苏木镇基层党建工作考核评分细则", ...RUBRIC.items.map((it) => it.name)];
    expect(leftover.filter((w) => !sheetWords.some((s) => s.includes(w)))).toEqual([]);
  });

  it("scores and fills the same way", async () => {
    await renderPane(sampleWorkbook(), "en");
    fireEvent.click(item(5).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    expect(itemScore(5)).toBe("5 / 10");
    expect(total()).toBe("95 / 100");
    fireEvent.click(screen.getByRole("button", { name: "Fill in scores" }));
    expect(await screen.findByText("Filled 11 cells and updated the log sheet. 10 items are not checked yet.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Undo this fill" })).toBeTruthy();
  });

  it("words the engine's checks in English", async () => {
    const workbook = sampleWorkbook();
    workbook.getWorksheet("嵯岗镇")!.getCell("F5").value = 12;
    await renderPane(workbook, "en");
    const checks = screen.getByTestId("checks");
    expect(checks.textContent).toContain("Checks (11)");
    expect(checks.textContent).toContain("F4 · The score F4 of item “落实党组织书记抓党建责任制” is blank");
    expect(checks.textContent).toContain("F5 · The score 12 in F5 is not within 0–10 points");
    expect(checks.textContent).not.toMatch(/还没有填写|Score blank/);
  });
});

describe("the checks in Chinese", () => {
  it("show the engine's Chinese message", async () => {
    const workbook = sampleWorkbook();
    workbook.getWorksheet("嵯岗镇")!.getCell("F5").value = 12;
    await renderPane(workbook, "zh");
    const checks = screen.getByTestId("checks");
    expect(checks.textContent).toContain("F4 · 项目“落实党组织书记抓党建责任制”的得分 F4 还没有填写");
    expect(checks.textContent).toContain("F5 · F5 的得分 12 不在 0～10 分之内");
  });
});

describe("the string table", () => {
  it("has the same keys in Chinese and English", () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(STRINGS.en)).toEqual(keys(STRINGS.zh));
    expect(keys(STRINGS.en.roles)).toEqual(keys(STRINGS.zh.roles));
  });
});
