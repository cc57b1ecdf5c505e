/** @jest-environment jsdom */
// A tick re-draws the card it was made on and no other, on a long windowed sheet as on the sample.
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { total } from "./paneHarness";
import { fakeLayout, longWorkbook } from "./longSheet";
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

/** How many times each item's card (by row) has been drawn. */
const draws = new Map<number, number>();

jest.mock("../../src/taskpane/ItemCard", () => {
  const actual = jest.requireActual("../../src/taskpane/ItemCard");
  return {
    ...actual,
    ItemCard(props: { item: { row: number } }) {
      draws.set(props.item.row, (draws.get(props.item.row) ?? 0) + 1);
      return actual.ItemCard(props);
    },
  };
});

jest.mock("../../src/taskpane/loadVirtualRows", () => require("./mockVirtualRows"));

jest.setTimeout(40_000);
configure({ asyncUtilTimeout: 20_000 });

it("re-draws only the ticked card of a 1,000-item sheet", async () => {
  const unfake = fakeLayout();
  try {
    render(<App host={new PreviewHost(longWorkbook(1000), "zh")} language="zh" theme="light" />);
    await screen.findByTestId("virtual-rows");
    const box = screen.getByTestId("item-5").querySelector<HTMLInputElement>("input[type=checkbox]")!;
    act(() => box.focus());
    const before = new Map(draws);
    fireEvent.click(box);
    expect(total()).toBe("999 / 1000");
    const redrawn = [...draws].filter(([row, n]) => n !== before.get(row)).map(([row]) => row);
    expect(redrawn).toEqual([5]);
  } finally {
    unfake();
  }
});
