/** @jest-environment jsdom */
// A sheet with a 自评分 column: each item shows the unit's own score, and a row whose self-score is above the
// assessed score stands out (自评虚高), live as clauses are ticked.
import { fireEvent, render, screen } from "@testing-library/react";
import { Workbook } from "exceljs";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { item } from "./paneHarness";
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

function selfScored(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet("嵯岗镇");
  ws.addRow(["目标项目", "评分标准", "分值", "自评分", "得分"]);
  ws.addRow(["组织建设", "没有制定计划的扣2分", 10, 10, null]);
  ws.addRow(["党员教育", "少一次扣1分", 10, 7, null]);
  ws.addRow(["基层阵地", "阵地不达标的扣3分", 5, null, null]);
  ws.addRow(["合计", null, 25, null, null]);
  return wb;
}

it("shows each row's self-score and marks the rows rated higher than assessed", async () => {
  render(<App host={new PreviewHost(selfScored(), "zh")} language="zh" theme="light" />);
  await screen.findByTestId("item-2");
  expect(screen.getByTestId("item-self-2").textContent).toBe("自评 10");
  expect(screen.getByTestId("item-self-3").textContent).toBe("自评 7");
  expect(screen.queryByTestId("item-self-4")).toBeNull(); // no self-score written
  expect(screen.queryByTestId("item-self-high-2")).toBeNull(); // 10 of 10 assessed so far
  fireEvent.click(item(2).getByRole("checkbox", { name: /没有制定计划/ }));
  expect(screen.getByTestId("item-self-high-2").textContent).toBe("自评虚高"); // 10 against 8
  expect(screen.queryByTestId("item-self-high-3")).toBeNull(); // 7 against 10
});
