/** @jest-environment jsdom */
// The pane's own component, over the WPS host on the fake ET object model: the 2014 sample read, ticked, filled
// and undone exactly as over the other hosts.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { LOG_SHEET_NAME } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { WpsHost } from "../../src/wps";
import type { EtApplication } from "../../src/wps";
import { gridFromWorksheet } from "../../src/xlsx/readWorkbook";
import { sampleWorkbook } from "../taskpane/paneHarness";
import { FakeApplication } from "./fakeEt";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("../taskpane/mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("../taskpane/mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("../taskpane/mockFillPlan"));

function fakeSample(): FakeApplication {
  return new FakeApplication(
    sampleWorkbook().worksheets.map((ws) => {
      const grid = gridFromWorksheet(ws);
      return { name: grid.name, values: grid.values, formulas: grid.formulas, merges: grid.merges };
    }),
  );
}

it("reads, ticks, fills and undoes the 2014 sample in WPS", async () => {
  localStorage.clear();
  const app = fakeSample();
  const sheet = app.book.sheets[0];
  render(<App host={new WpsHost(app as unknown as EtApplication)} language="zh" theme="light" />);
  const card = within(await screen.findByTestId("item-5"));
  expect(screen.getByTestId("total").textContent).toBe("100 / 100");
  fireEvent.click(card.getByRole("checkbox", { name: /发展党员工作不规范/ }));
  expect(screen.getByTestId("total").textContent).toBe("95 / 100");

  fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
  await waitFor(() => expect(sheet.cell(5, 6)?.value).toBe(5));
  expect(app.book.sheets.map((s) => s.Name)).toEqual([sheet.Name, LOG_SHEET_NAME]);

  fireEvent.click(await screen.findByRole("button", { name: "撤销本次填写" }));
  await waitFor(() => expect(sheet.cell(5, 6)).toBeUndefined());
  expect(app.book.sheets.map((s) => s.Name)).toEqual([sheet.Name]);
});
