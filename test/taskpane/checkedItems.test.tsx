/** @jest-environment jsdom */
// 已核查: an item marked checked with nothing found; counted in progress, logged with the ticks, kept in the draft.
import { fireEvent, screen } from "@testing-library/react";
import { LOG_HEADER, type CellValue } from "../../src/core";
import type { ScanResult } from "../../src/host/scoringHost";
import { decodeDraft, draftInputsFor, encodeDraft } from "../../src/taskpane/draft";
import { initialScoringState, scoringReducer } from "../../src/taskpane/scoringState";
import { card, controlsWorkbook, logValues, PAPERS, renderControls, SAFETY, SHEET, TEAM } from "./controlsSheet";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const col = (name: (typeof LOG_HEADER)[number]) => LOG_HEADER.indexOf(name);

function scan(log: ScanResult["log"] = null): ScanResult {
  const values: CellValue[][] = [
    ["目标项目", "评分标准", "分值", "得分"],
    ["安全生产", "无事故得10分，平指标得5分，超指标不得分", 10, null],
    ["材料报送", "材料不全扣2分；每迟报一次扣1分", 5, null],
    ["队伍建设", "未建立台账扣3分", 5, null],
    ["合计", null, 20, null],
  ];
  return { grid: { name: SHEET, values }, sheets: [SHEET], log };
}

describe("已核查 in the pane's state", () => {
  it("progress counts items marked checked or with a tick, of all items", () => {
    let state = scoringReducer(initialScoringState([]), { type: "scanned", scan: scan(), mode: "open" });
    expect(state.progress).toEqual({ checked: 0, total: 3 });
    state = scoringReducer(state, { type: "input-set", row: TEAM, clause: 0, input: { count: 1, amount: null, note: "" } });
    expect(state.progress).toEqual({ checked: 1, total: 3 });
    state = scoringReducer(state, { type: "input-set", row: PAPERS, clause: 1, input: { count: 1, amount: null, note: "" } });
    expect(state.progress).toEqual({ checked: 2, total: 3 });
    // Marking changes no score.
    expect(state.result?.items.map((s) => s.score)).toEqual([10, 3, 5]);
    state = scoringReducer(state, { type: "input-set", row: TEAM, clause: 0, input: { count: 0, amount: null, note: "" } });
    expect(state.progress).toEqual({ checked: 1, total: 3 });
  });

  it("the mark is in the draft and comes back from it", () => {
    const state = scoringReducer(initialScoringState([]), { type: "scanned", scan: scan(), mode: "open" });
    const marked = scoringReducer(state, { type: "input-set", row: SAFETY, clause: 0, input: { count: 1, amount: null, note: "" } });
    const draft = decodeDraft(encodeDraft({ inputs: marked.inputs, unit: null, columns: {} }));
    expect(draft?.inputs).toEqual({ "2:0": { count: 1, amount: null, note: "" } });
    expect(draftInputsFor(marked.analysis!.model, draft!.inputs)).toEqual({ "2:0": { count: 1, amount: null, note: "" } });
    const reopened = scoringReducer(initialScoringState([]), { type: "scanned", scan: scan(), mode: "open", draft });
    expect(reopened.progress).toEqual({ checked: 1, total: 3 });
  });
});

describe("已核查 in the pane", () => {
  it("is logged in 扣分明细 and comes back when the sheet is opened again", async () => {
    const workbook = controlsWorkbook();
    const first = await renderControls(workbook);
    const mark = card(TEAM).getByRole("button", { name: "已核查（无扣分）" });
    expect(mark.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(mark);
    expect(mark.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写/);
    const log = logValues(workbook);
    expect(log.slice(1).map((r) => [r[col("行号")], r[col("目标项目")], r[col("类型")], r[col("分值变动")]])).toEqual([
      [TEAM, "队伍建设", "已核查", 0],
    ]);
    first.view.unmount();

    await renderControls(workbook);
    expect(card(TEAM).getByRole("button", { name: "已核查（无扣分）" }).getAttribute("aria-pressed")).toBe("true");
    expect(card(SAFETY).getByRole("button", { name: "已核查（无扣分）" }).getAttribute("aria-pressed")).toBe("false");
  });
});
