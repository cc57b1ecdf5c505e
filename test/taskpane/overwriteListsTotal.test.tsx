/** @jest-environment jsdom */
// The overwrite dialog lists every cell the fill would change over what the sheet shows, the total cell included.
import { configure, fireEvent, screen, within } from "@testing-library/react";
import { renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5000 });

describe("the overwrite dialog on a sheet that already has scores", () => {
  it("lists the filled 得分 cells that change and the total cell, with old and new values", async () => {
    const workbook = sampleWorkbook();
    const sheet = workbook.getWorksheet("嵯岗镇")!;
    const scores: Record<number, number | string> = { 4: 11, 5: 8, 6: 7.5, 7: -1, 8: 5, 9: "八分", 10: 9, 11: 8, 12: 6, 13: 7, 14: 7 };
    for (const [row, score] of Object.entries(scores)) sheet.getCell(`F${row}`).value = score;
    sheet.getCell("F15").value = 80;
    await renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));

    const list = within(await screen.findByTestId("overwrite-list"));
    const cells = list.getAllByRole("listitem").map((li) => li.textContent?.match(/^[A-Z]+\d+/)?.[0]);
    expect(cells).toEqual(["F4", "F5", "F6", "F7", "F9", "F10", "F11", "F12", "F13", "F14", "F15"]);
    expect(list.getAllByRole("listitem")[10].textContent).toMatch(/F15.*80.*100/);
  });
});
