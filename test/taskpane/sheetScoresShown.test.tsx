/** @jest-environment jsdom */
// A sheet that already has scores opens showing them: each item's 得分 as the sheet has it, a badge where the ticks
// do not give it, and the sheet's own total in the bar when it differs.
import { configure, fireEvent, screen } from "@testing-library/react";
import { item, renderPane, sampleWorkbook } from "./paneHarness";
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5000 });

/** The sample: 11 of 10 (F4), −1 (F7), 八分 (F9), and a total of 80 (F15) against a sum of 67.5. */
function prefilledWorkbook() {
  const workbook = sampleWorkbook();
  const sheet = workbook.getWorksheet("嵯岗镇")!;
  const scores: Record<number, number | string> = { 4: 11, 5: 8, 6: 7.5, 7: -1, 8: 5, 9: "八分", 10: 9, 11: 8, 12: 6, 13: 7, 14: 7 };
  for (const [row, score] of Object.entries(scores)) sheet.getCell(`F${row}`).value = score;
  sheet.getCell("F15").value = 80;
  return workbook;
}

const text = (id: string) => screen.getByTestId(id).textContent;

describe("the scores a sheet already has", () => {
  it("shows each item's written score, numbers and text alike, and which ones the ticks do not give", async () => {
    await renderPane(prefilledWorkbook());
    expect(text("item-sheet-score-4")).toBe("表中 11 分");
    expect(text("item-sheet-score-5")).toBe("表中 8 分");
    expect(text("item-sheet-score-6")).toBe("表中 7.5 分");
    expect(text("item-sheet-score-7")).toBe("表中 -1 分");
    expect(text("item-sheet-score-9")).toBe("表中 八分");
    // Nothing ticked: every row at full marks, so only 5 of 5 (F8) is explained.
    expect(text("item-score-8")).toBe("5 / 5");
    expect(screen.queryByTestId("item-sheet-differs-8")).toBeNull();
    for (const row of [4, 5, 6, 7, 9, 10, 11, 12, 13, 14]) expect(text(`item-sheet-differs-${row}`)).toBe("与勾选不符");
  });

  it("puts the sheet's own total in the bar while it differs from the ticks' total", async () => {
    await renderPane(prefilledWorkbook());
    expect(text("total")).toBe("100 / 100");
    expect(text("sheet-total")).toBe("表中总分 80");
  });

  it("shows nothing extra on a fresh sheet", async () => {
    await renderPane(sampleWorkbook());
    expect(screen.queryByTestId("item-sheet-score-5")).toBeNull();
    expect(screen.queryByTestId("item-sheet-differs-5")).toBeNull();
    expect(screen.queryByTestId("sheet-total")).toBeNull();
  });

  it("drops the badge once a tick gives the sheet's score, and words it all in English", async () => {
    const workbook = prefilledWorkbook();
    workbook.getWorksheet("嵯岗镇")!.getCell("F15").value = 100; // the total agrees with nothing ticked
    await renderPane(workbook, "en");
    expect(text("item-sheet-score-5")).toBe("Sheet: 8");
    expect(text("item-sheet-score-9")).toBe("Sheet: 八分");
    expect(text("item-sheet-differs-5")).toBe("Differs from ticks");
    expect(screen.queryByTestId("sheet-total")).toBeNull();
    // 党员队伍建设 (row 5, 10 points): 没制定发展党员工作计划的扣2分 gives the sheet's 8.
    fireEvent.click(item(5).getByRole("checkbox", { name: /没制定发展党员工作计划/ }));
    expect(text("item-score-5")).toBe("8 / 10");
    expect(screen.queryByTestId("item-sheet-differs-5")).toBeNull();
    expect(text("item-sheet-score-5")).toBe("Sheet: 8");
    // The ticks' total is now 98: the sheet's 100 differs.
    expect(text("sheet-total")).toBe("Sheet total: 100");
  });
});
