/** @jest-environment jsdom */
// Level clauses (无事故得10分，平指标得5分，超指标不得分): the assessor picks one level; the row scores it.
import { fireEvent, screen } from "@testing-library/react";
import { LOG_HEADER } from "../../src/core";
import { card, controlsWorkbook, logValues, paneTotal, renderControls, rowScore, SAFETY } from "./controlsSheet";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const col = (name: (typeof LOG_HEADER)[number]) => LOG_HEADER.indexOf(name);

describe("a level clause in the pane", () => {
  it("lists 未选 and each level with its score; choosing one scores the row at that level", async () => {
    await renderControls();
    const radios = card(SAFETY).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual(["未选", "无事故（10 分）", "平指标（5 分）", "超指标（0 分）"]);
    expect(radios[0]!.checked).toBe(true);
    expect(rowScore(SAFETY)).toBe("10 / 10");

    fireEvent.click(card(SAFETY).getByRole("radio", { name: "平指标（5 分）" }));
    expect(rowScore(SAFETY)).toBe("5 / 10");
    expect(paneTotal()).toBe("15 / 20");
    fireEvent.click(card(SAFETY).getByRole("radio", { name: "超指标（0 分）" }));
    expect(rowScore(SAFETY)).toBe("0 / 10");
    fireEvent.click(card(SAFETY).getByRole("radio", { name: "未选" }));
    expect(rowScore(SAFETY)).toBe("10 / 10");
  });

  it("the chosen level is logged in 档次 and comes back when the sheet is opened again", async () => {
    const workbook = controlsWorkbook();
    const first = await renderControls(workbook);
    fireEvent.click(card(SAFETY).getByRole("radio", { name: "平指标（5 分）" }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写/);
    const log = logValues(workbook);
    expect(log[1]?.[col("档次")]).toBe("平指标");
    expect(log[1]?.[col("分值变动")]).toBe(-5);
    expect(workbook.getWorksheet("安全考核")!.getCell("D2").value).toBe(5);
    first.view.unmount();

    await renderControls(workbook);
    expect((card(SAFETY).getByRole("radio", { name: "平指标（5 分）" }) as HTMLInputElement).checked).toBe(true);
    expect(rowScore(SAFETY)).toBe("5 / 10");
  });
});
