/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

// A host made for Chinese (as the preview and Excel are when Office says zh-CN) in a pane the user set to English:
// the error the host throws is worded by the pane, in the pane's language.
describe("a host's error in the pane's language", () => {
  it("a protected sheet met on fill is reported in English by an English pane", async () => {
    const workbook = sampleWorkbook();
    const host = new PreviewHost(workbook, "zh");
    render(<App host={host} language="en" theme="light" />);
    await screen.findByTestId("item-5");
    (workbook.getWorksheet("嵯岗镇") as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection = { sheet: true };
    fireEvent.click(screen.getByRole("button", { name: "Fill in scores" }));
    const alert = await screen.findByText(/is protected/);
    expect(alert.textContent).toContain(
      'Sheet "嵯岗镇" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.',
    );
    expect(document.body.textContent).not.toContain("受保护");
  });
});
