/** @jest-environment jsdom */
// 改分: an assessor's amount over a deduct or per clause's own, applied only with a reason, logged as 扣分（改分）.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { LOG_HEADER } from "../../src/core";
import { card, controlsWorkbook, logValues, PAPERS, paneTotal, renderControls, rowScore } from "./controlsSheet";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
jest.mock("../../src/taskpane/loadAmountReasonDialog", () => require("./mockAmountReasonDialog"));

const col = (name: (typeof LOG_HEADER)[number]) => LOG_HEADER.indexOf(name);

function setSpin(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

async function openOverride(clause: RegExp) {
  if (clause.source.includes("材料不全")) {
    expect(card(PAPERS).queryByRole("button", { name: clause })).toBeNull(); // offered once the clause is ticked
    fireEvent.click(card(PAPERS).getByRole("checkbox", { name: "材料不全扣2分" }));
  }
  fireEvent.click(card(PAPERS).getByRole("button", { name: clause }));
  return screen.findByRole("dialog");
}

describe("改分 on a fixed clause", () => {
  it("without a reason the dialog says one is needed and nothing is applied", async () => {
    await renderControls();
    await openOverride(/^改分：材料不全扣2分$/);
    setSpin(screen.getByRole("spinbutton", { name: /扣分（0–5 分）/ }), "1");
    fireEvent.click(screen.getByRole("button", { name: "确定" }));
    expect(screen.getByText("请填写理由，否则不能改分或直接打分。")).toBeTruthy();
    expect(screen.getByRole("dialog")).toBeTruthy();
    expect(rowScore(PAPERS)).toBe("3 / 5"); // the clause's own 2 points, not the 1 without its reason
  });

  it("with a reason the ticked clause counts the new amount, shows it, and the log records the override", async () => {
    const workbook = controlsWorkbook();
    const first = await renderControls(workbook);
    await openOverride(/^改分：材料不全扣2分$/);
    setSpin(screen.getByRole("spinbutton", { name: /扣分（0–5 分）/ }), "1");
    fireEvent.change(screen.getByRole("textbox", { name: /理由/ }), { target: { value: "材料基本齐全" } });
    fireEvent.click(screen.getByRole("button", { name: "确定" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect((card(PAPERS).getByRole("checkbox", { name: "材料不全扣2分" }) as HTMLInputElement).checked).toBe(true);
    expect(rowScore(PAPERS)).toBe("4 / 5");
    expect(paneTotal()).toBe("19 / 20");
    expect(screen.getByTestId(`override-${PAPERS}-1`).textContent).toBe("改为扣 1 分：材料基本齐全");

    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写/);
    const row = logValues(workbook)[1]!;
    expect([row[col("类型")], row[col("填写分值")], row[col("分值变动")], row[col("备注")]]).toEqual([
      "扣分（改分）",
      1,
      -1,
      "材料基本齐全",
    ]);
    first.view.unmount();

    await renderControls(workbook);
    expect(rowScore(PAPERS)).toBe("4 / 5");
    expect(screen.getByTestId(`override-${PAPERS}-1`).textContent).toBe("改为扣 1 分：材料基本齐全");
  });

  it("clearing the reason afterwards stops the override: the pane says why and the clause's own amount counts", async () => {
    await renderControls();
    await openOverride(/^改分：材料不全扣2分$/);
    setSpin(screen.getByRole("spinbutton", { name: /扣分（0–5 分）/ }), "0.5");
    fireEvent.change(screen.getByRole("textbox", { name: /理由/ }), { target: { value: "轻微" } });
    fireEvent.click(screen.getByRole("button", { name: "确定" }));
    await waitFor(() => expect(rowScore(PAPERS)).toBe("4.5 / 5"));
    fireEvent.change(card(PAPERS).getByRole("textbox", { name: "备注：材料不全扣2分" }), { target: { value: "" } });
    expect(screen.getByTestId(`override-${PAPERS}-1`).textContent).toBe("改为扣 0.5 分需要填写理由（备注），尚未生效");
    expect(rowScore(PAPERS)).toBe("3 / 5");
  });

  it("on a per clause the amount is per occurrence", async () => {
    await renderControls();
    setSpin(card(PAPERS).getByRole("spinbutton", { name: /每迟报一次扣1分/ }), "2");
    expect(rowScore(PAPERS)).toBe("3 / 5");
    await openOverride(/^改分：每迟报一次扣1分$/);
    setSpin(screen.getByRole("spinbutton", { name: /每次扣分/ }), "0.5");
    fireEvent.change(screen.getByRole("textbox", { name: /理由/ }), { target: { value: "当天补报" } });
    fireEvent.click(screen.getByRole("button", { name: "确定" }));
    await waitFor(() => expect(rowScore(PAPERS)).toBe("4 / 5"));
    expect(screen.getByTestId(`override-${PAPERS}-2`).textContent).toBe("改为每次扣 0.5 分：当天补报");
  });
});
