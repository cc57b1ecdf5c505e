/** @jest-environment jsdom */
// Jumps to an item: from a problem in the checks, from a cell the user selects in the grid, and from the search box.
import { act, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { CellSelection } from "../../src/host/scoringHost";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { fakeLayout, longWorkbook } from "./longSheet";
import { renderPane, sampleWorkbook } from "./paneHarness";
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

jest.mock("../../src/taskpane/loadVirtualRows", () => require("./mockVirtualRows"));

jest.setTimeout(40_000);
configure({ asyncUtilTimeout: 20_000 });

let unfake: () => void = () => {};
afterEach(() => unfake());

/** The sample with 八分 in F9: a check that points at row 9. */
function prefilledWorkbook() {
  const workbook = sampleWorkbook();
  workbook.getWorksheet("嵯岗镇")!.getCell("F9").value = "八分";
  return workbook;
}

/** A host whose grid selection the test makes: `select(sheet, cell)` plays the user. */
function watchedHost(host: PreviewHost) {
  let listener: ((s: CellSelection) => void) | null = null;
  const stop = jest.fn(() => (listener = null));
  Object.assign(host, {
    watchSelection: jest.fn(async (onSelect: (s: CellSelection) => void) => ((listener = onSelect), stop)),
  });
  return { stop, select: (sheet: string, cell: string) => act(() => listener?.({ sheet, cell })), watching: () => listener !== null };
}

const rowOf = (row: number) => screen.getByTestId(`item-${row}`).closest<HTMLElement>("[data-item-row]")!;

describe("a click on a problem", () => {
  it("selects its cell in the sheet and brings its item into view, focused and outlined", async () => {
    Element.prototype.scrollIntoView = jest.fn();
    const { host } = await renderPane(prefilledWorkbook());
    const select = jest.spyOn(host, "select");
    fireEvent.click(screen.getByTitle("在表格中选中 F9"));
    expect(select).toHaveBeenCalledWith("嵯岗镇", "F9");
    expect(document.activeElement?.id).toBe("item-9");
    expect(rowOf(9).dataset.highlighted).toBe("true");
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1);
    expect((Element.prototype.scrollIntoView as jest.Mock).mock.contexts[0]).toBe(rowOf(9));
    expect(rowOf(8).dataset.highlighted).toBeUndefined();
  });
});

describe("a cell selected in the grid", () => {
  it("brings the item whose rows hold it into view, leaving the focus where it was", async () => {
    Element.prototype.scrollIntoView = jest.fn();
    const host = new PreviewHost(sampleWorkbook(), "zh");
    const grid = watchedHost(host);
    const view = render(<App host={host} language="zh" theme="light" />);
    await screen.findByTestId("item-5");
    await waitFor(() => expect(grid.watching()).toBe(true));
    const focused = document.activeElement;
    grid.select("嵯岗镇", "B7");
    expect(rowOf(7).dataset.highlighted).toBe("true");
    expect((Element.prototype.scrollIntoView as jest.Mock).mock.contexts[0]).toBe(rowOf(7));
    expect(document.activeElement).toBe(focused);
    // Another sheet, or a cell outside every item (the header), moves nothing.
    grid.select("说明", "B9");
    grid.select("嵯岗镇", "B2");
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1);
    expect(rowOf(7).dataset.highlighted).toBe("true");
    view.unmount();
    expect(grid.stop).toHaveBeenCalledTimes(1);
  });

  it("draws a far item of a 1,000-item sheet and scrolls to it", async () => {
    unfake = fakeLayout();
    const host = new PreviewHost(longWorkbook(1000), "zh");
    const grid = watchedHost(host);
    render(<App host={host} language="zh" theme="light" />);
    await screen.findByTestId("virtual-rows");
    await waitFor(() => expect(grid.watching()).toBe(true));
    expect(screen.queryByTestId("item-900")).toBeNull();
    grid.select("大表", "F900");
    expect(rowOf(900).dataset.highlighted).toBe("true");
    expect(window.scrollY).toBeGreaterThan(100_000); // 897 cards above it
    await waitFor(() => expect(screen.getByTestId("item-901")).toBeTruthy());
  });
});

describe("Enter in the item search", () => {
  it("puts the focus on the first hit's first control", async () => {
    unfake = fakeLayout();
    render(<App host={new PreviewHost(longWorkbook(1000), "zh")} language="zh" theme="light" />);
    await screen.findByTestId("virtual-rows");
    const search = screen.getByRole("searchbox", { name: "查找项目" });
    fireEvent.change(search, { target: { value: "第99" } }); // 第99项, 第990项 … 第999项
    fireEvent.keyDown(search, { key: "Enter" });
    const first = screen.getByTestId("item-101").querySelector("input[type=checkbox]");
    expect(first).not.toBeNull();
    expect(document.activeElement).toBe(first);
    // With the search cleared the card, focused and jumped to, is drawn once, out of view, keeping the focus.
    fireEvent.change(search, { target: { value: "" } });
    expect(screen.getAllByTestId("item-101")).toHaveLength(1);
    expect(document.activeElement).toBe(first);
  });
});
