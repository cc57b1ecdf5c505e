/** @jest-environment jsdom */
// The checks' severity badges (错误 / 提示) keep to one line at pane width.
import { screen, within } from "@testing-library/react";
import { renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

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
