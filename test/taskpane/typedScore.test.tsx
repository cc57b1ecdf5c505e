/** @jest-environment jsdom */
// 直接打分: a score typed for the whole row with its reason, when the rules cannot express it.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { LOG_HEADER } from "../../src/core";
import { card, controlsWorkbook, logValues, paneTotal, renderControls, rowScore, TEAM } from "./controlsSheet";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
jest.mock("../../src/taskpane/loadAmountReasonDialog", () => require("./mockAmountReasonDialog"));

const col = (name: (typeof LOG_HEADER)[number]) => LOG_HEADER.indexOf(name);

function setSpin(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

async function typeScore(score: string, reason: string) {
  fireEvent.click(card(TEAM).getByRole("button", { name: "直接打分：队伍建设" }));
  await screen.findByRole("dialog");
  setSpin(screen.getByRole("spinbutton", { name: /得分（0–5 分）/ }), score);
  fireEvent.change(screen.getByRole("textbox", { name: /理由/ }), { target: { value: reason } });
  fireEvent.click(screen.getByRole("button", { name: "确定" }));
}

describe("a typed row score", () => {
  it("needs a reason: without one the dialog stays open and the row keeps its score", async () => {
    await renderControls();
    await typeScore("2", "");
    expect(screen.getByText("请填写理由，否则不能改分或直接打分。")).toBeTruthy();
    expect(rowScore(TEAM)).toBe("5 / 5");
  });

  it("with a reason the row scores it; ticks on the row no longer count, and the card says so", async () => {
    await renderControls();
    await typeScore("4.5", "台账不完整但已整改");
    await waitFor(() => expect(rowScore(TEAM)).toBe("4.5 / 5"));
    expect(screen.getByTestId(`typed-${TEAM}`).textContent).toBe("直接打分 4.5 分：台账不完整但已整改");
    fireEvent.click(card(TEAM).getByRole("checkbox", { name: "未建立台账扣3分" }));
    expect(rowScore(TEAM)).toBe("4.5 / 5");
    expect(paneTotal()).toBe("19.5 / 20");
    expect(screen.getByTestId(`typed-${TEAM}`).textContent).toContain("勾选的条款不再计入本项得分");
  });

  it("stays within the row's points, is logged as 直接打分 and comes back on reopening", async () => {
    const workbook = controlsWorkbook();
    const first = await renderControls(workbook);
    await typeScore("9", "超出分值的输入");
    await waitFor(() => expect(rowScore(TEAM)).toBe("5 / 5"));
    fireEvent.click(card(TEAM).getByRole("button", { name: "直接打分：队伍建设" }));
    await screen.findByRole("dialog");
    setSpin(screen.getByRole("spinbutton", { name: /得分/ }), "1");
    fireEvent.click(screen.getByRole("button", { name: "确定" }));
    await waitFor(() => expect(rowScore(TEAM)).toBe("1 / 5"));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写/);
    const row = logValues(workbook)[1]!;
    expect([row[col("行号")], row[col("类型")], row[col("填写分值")], row[col("分值变动")], row[col("备注")]]).toEqual([
      TEAM,
      "直接打分",
      1,
      -4,
      "超出分值的输入",
    ]);
    first.view.unmount();

    await renderControls(workbook);
    expect(rowScore(TEAM)).toBe("1 / 5");
    expect(screen.getByTestId(`typed-${TEAM}`).textContent).toBe("直接打分 1 分：超出分值的输入");
    fireEvent.click(card(TEAM).getByRole("button", { name: "直接打分：队伍建设" }));
    fireEvent.click(await screen.findByRole("button", { name: "取消直接打分" }));
    await waitFor(() => expect(rowScore(TEAM)).toBe("5 / 5"));
  });
});
