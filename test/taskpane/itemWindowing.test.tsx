/** @jest-environment jsdom */
// A sheet of 1,000 items draws only the cards near the view; search still reaches every item, and the card holding
// the focus stays drawn when it scrolls out of view.
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { total } from "./paneHarness";
import { fakeLayout, longWorkbook, scrollWindow } from "./longSheet";
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

jest.mock("../../src/taskpane/loadVirtualRows", () => require("./mockVirtualRows"));

jest.setTimeout(40_000);
configure({ asyncUtilTimeout: 20_000 });

let unfake: () => void = () => {};
beforeEach(() => (unfake = fakeLayout()));
afterEach(() => unfake());

async function renderLong(count: number) {
  render(<App host={new PreviewHost(longWorkbook(count), "zh")} language="zh" theme="light" />);
  await screen.findByTestId("virtual-rows");
}

const drawnRows = () => screen.getAllByRole("article").map((a) => Number(a.getAttribute("data-testid")!.slice("item-".length)));

describe("a sheet of 1,000 items", () => {
  it("draws only the cards near the view, yet search finds item 999 and shows it", async () => {
    await renderLong(1000);
    expect(total()).toBe("1000 / 1000");
    // 768 px of window over cards of 150–180 px: 5 or 6 in view and 4 drawn ahead.
    const rows = drawnRows();
    expect(rows.slice(0, 9)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows.length).toBeLessThanOrEqual(10);
    fireEvent.change(screen.getByRole("searchbox", { name: "查找项目" }), { target: { value: "第999项" } });
    expect(drawnRows()).toEqual([1001]); // 第999项 is on row 1001
    expect(screen.getByText("显示 1 / 1000 项")).toBeTruthy();
  });

  it("draws the cards the view scrolls to, and keeps the focused card drawn out of view", async () => {
    await renderLong(1000);
    const box = screen.getByTestId("item-4").querySelector<HTMLInputElement>("input[type=checkbox]")!;
    act(() => box.focus());
    act(() => scrollWindow(300 * 150));
    // Cards not drawn yet count at the 180 px estimate: 45,000 px down is around the 250th item.
    const [first, ...rest] = drawnRows();
    expect(first).toBe(4);
    expect(rest[0]).toBeGreaterThan(200);
    expect(rest).toEqual(rest.map((_, i) => rest[0] + i));
    expect(rest.length).toBeLessThan(15);
    expect(document.activeElement).toBe(box);
    expect(box.isConnected).toBe(true);
    act(() => scrollWindow(0));
    expect(document.activeElement).toBe(box);
  });
});
