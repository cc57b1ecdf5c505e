/** @jest-environment jsdom */
// The pane page picks its host before waiting for anything: WPS 表格's globals → the WPS host, office.js → Excel
// once Office is ready, neither → a plain message instead of a blank pane.
import { act, screen, within } from "@testing-library/react";
import { STRINGS } from "../../src/taskpane/strings";
import { gridFromWorksheet } from "../../src/xlsx/readWorkbook";
import { FakeApplication } from "../wps/fakeEt";
import { sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
jest.mock("../../src/taskpane/loadWpsHost", () => require("./mockWpsHost"));

// Each test loads the entry and everything under it afresh.
jest.setTimeout(30000);

type Globals = { Office?: unknown; wps?: unknown };

function page() {
  document.body.innerHTML = '<div id="root"></div><div id="plain-message" hidden></div>';
}

async function loadEntry() {
  await act(async () => {
    jest.isolateModules(() => require("../../src/taskpane/index"));
  });
}

afterEach(() => {
  delete (globalThis as Globals).Office;
  delete (globalThis as Globals).wps;
});

it("starts the pane over WPS when WPS 表格's application is there, without waiting for Office", async () => {
  page();
  const onReady = jest.fn();
  (globalThis as Globals).Office = { onReady };
  const app = new FakeApplication(
    sampleWorkbook().worksheets.map((ws) => {
      const grid = gridFromWorksheet(ws);
      return { name: grid.name, values: grid.values, formulas: grid.formulas, merges: grid.merges };
    }),
  );
  (globalThis as Globals).wps = { EtApplication: () => app };
  await loadEntry();
  const card = within(await screen.findByTestId("item-5"));
  expect(card.getByRole("checkbox", { name: /发展党员工作不规范/ })).toBeTruthy();
  expect(screen.getByTestId("total").textContent).toBe("100 / 100");
  expect(onReady).not.toHaveBeenCalled();
  expect(document.getElementById("plain-message")!.hidden).toBe(true);
});

it("waits for Office where office.js is loaded and there is no WPS", async () => {
  page();
  const onReady = jest.fn(() => Promise.resolve({}));
  (globalThis as Globals).Office = { onReady };
  await loadEntry();
  expect(onReady).toHaveBeenCalledTimes(1);
  expect(document.getElementById("root")!.childElementCount).toBe(0);
});

it("says where the pane belongs when neither WPS nor Office is there, in the browser's language", async () => {
  page();
  const language = jest.spyOn(navigator, "language", "get").mockReturnValue("zh-CN");
  await loadEntry();
  language.mockRestore();
  const box = document.getElementById("plain-message")!;
  expect(box.hidden).toBe(false);
  expect(box.getAttribute("role")).toBe("alert");
  expect(box.textContent).toBe(STRINGS.zh.officeMissing);
  expect(document.getElementById("root")!.childElementCount).toBe(0);
});
