/** @jest-environment jsdom */
// A per clause's stepper stops where the row's points (or the clause's own cap) are used up.
import { fireEvent, render, screen } from "@testing-library/react";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { item, itemScore, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

function setSpin(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

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
