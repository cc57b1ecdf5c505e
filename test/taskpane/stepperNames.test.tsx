/** @jest-environment jsdom */
// Words: the steppers' +/- buttons are named in the pane's language (not Fluent's "Increment value"), English plurals.
import { fireEvent, screen, within } from "@testing-library/react";
import { Workbook } from "exceljs";
import { card, PAPERS, renderControls } from "./controlsSheet";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

describe("the count stepper's buttons", () => {
  it("are named in Chinese in the Chinese pane and step the count", async () => {
    await renderControls();
    const stepper = card(PAPERS).getByRole("spinbutton", { name: /每迟报一次扣1分/ }) as HTMLInputElement;
    const field = within(stepper.parentElement!);
    expect(screen.queryByRole("button", { name: "Increment value" })).toBeNull();
    const press = (name: string) => {
      const button = field.getByRole("button", { name });
      fireEvent.mouseDown(button);
      fireEvent.mouseUp(button);
    };
    press("增加次数");
    expect(stepper.value).toBe("1");
    press("减少次数");
    expect(stepper.value).toBe("0");
  });

  it("are named in English in the English pane", async () => {
    await renderControls(undefined, "en");
    const stepper = card(PAPERS).getByRole("spinbutton", { name: /每迟报一次扣1分/ });
    const field = within(stepper.parentElement!);
    expect(field.getByRole("button", { name: "Increase count" })).toBeTruthy();
    expect(field.getByRole("button", { name: "Decrease count" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Decrement value" })).toBeNull();
  });
});

describe("English plural forms", () => {
  it("a row whose clauses reach only 1 point says `1 point`", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("安全考核").addRows([
      ["目标项目", "评分标准", "分值", "得分"],
      ["安全生产", "无事故得10分，平指标得5分，超指标不得分", 10, null],
      ["材料报送", "材料不全扣2分；每迟报一次扣1分", 5, null],
      ["队伍建设", "未建立台账扣1分", 5, null],
      ["合计", null, 20, null],
    ]);
    await renderControls(workbook, "en");
    expect(screen.getByText(/deduct only 1 point, short of its 5/)).toBeTruthy();
    expect(screen.queryByText(/only 1 points/)).toBeNull();
  });
});
