/** @jest-environment jsdom */
// The English pane words the engine's remarks and the host's errors from their codes: no Chinese beyond the sheet's
// own names (units, sheet names).
import { fireEvent, render, screen } from "@testing-library/react";
import { Workbook } from "exceljs";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { PaneProviders } from "../../src/taskpane/PaneProviders";
import { StatusMessages, type ShownError } from "../../src/taskpane/StatusMessages";
import type { Language } from "../../src/taskpane/strings";
import { item, renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const VILLAGES = 9; // 后进嘎查…: clause 1 "…扣2分(嵯岗、罕达盖除外)", the sample's unit is 嵯岗镇
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function remark(row: number, clause: number): string | null {
  return screen.queryByTestId(`clause-remark-${row}-${clause}`)?.textContent ?? null;
}

function setSpin(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

/** 制度: 每次扣2分，最多计3次，最多扣5分 — at three the engine caps the points, within the count limit. */
async function cappedPane(language: Language) {
  const wb = new Workbook();
  const ws = wb.addWorksheet("资料");
  ws.addRow(["项目", "评分标准", "分值", "得分"]);
  ws.addRow(["制度建设", "每缺一项扣2分，最多计3项，最多扣5分", 10, null]);
  ws.addRow(["表彰", "获市级表彰加3分(封顶2分)", 10, null]);
  ws.addRow(["合计", null, 20, null]);
  const loaded = new Workbook();
  await loaded.xlsx.load(await wb.xlsx.writeBuffer());
  render(<App host={new PreviewHost(loaded, "zh")} language={language} theme="light" rubrics={[]} />);
  await screen.findByTestId("item-2");
}

describe("remarks beside a clause, in the English pane", () => {
  it("a clause the engine capped at its own points", async () => {
    await cappedPane("en");
    const missing = item(2).getByRole("spinbutton", { name: /每缺一项扣2分/ });
    setSpin(missing, "2");
    expect(remark(2, 1)).toBeNull();
    setSpin(missing, "3");
    expect(remark(2, 1)).toBe("Limit reached: this clause deducts at most 5");
  });

  it("a bonus the engine capped", async () => {
    await cappedPane("en");
    fireEvent.click(item(3).getByRole("switch", { name: /获市级表彰/ }));
    expect(remark(3, 1)).toBe("Limit reached: the bonus is capped at 2");
  });

  it("the same clauses in the Chinese pane", async () => {
    await cappedPane("zh");
    setSpin(item(2).getByRole("spinbutton", { name: /每缺一项扣2分/ }), "3");
    expect(remark(2, 1)).toBe("已达上限：本条最多扣 5 分");
  });

  it("an excepted clause, naming the unit and the exceptions as the sheet writes them", async () => {
    await renderPane(sampleWorkbook(), "en");
    fireEvent.click(item(VILLAGES).getByRole("checkbox", { name: /转化整顿相关材料/ }));
    const text = remark(VILLAGES, 1)!;
    expect(text).toBe("Does not apply to 嵯岗镇 (嵯岗, 罕达盖 excepted); not counted");
    expect(text.replace(/嵯岗镇|嵯岗|罕达盖/g, "")).not.toMatch(CJK);
  });
});

describe("a host error in the pane's language", () => {
  // What the pane keeps of a HostError from a host made in Chinese: its message, and its code and args.
  const protectedSheet: ShownError = {
    message: "工作表“考核表”受保护，无法填写。请先撤销工作表保护（审阅 › 撤销工作表保护），再试一次。",
    host: { code: "protected", args: { sheet: "考核表" } },
  };

  function renderError(language: Language, error: ShownError) {
    render(
      <PaneProviders language={language} theme="light">
        <StatusMessages error={error} notice={null} onRescan={() => {}} onDismissError={() => {}} onDismissNotice={() => {}} />
      </PaneProviders>,
    );
    return screen.getByRole("alert").textContent ?? "";
  }

  it("a protected sheet, worded in English from its code", () => {
    const text = renderError("en", protectedSheet);
    expect(text).toContain('Sheet "考核表" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.');
    expect(text.replace(/考核表/g, "")).not.toMatch(CJK);
  });

  it("and in Chinese", () => {
    expect(renderError("zh", protectedSheet)).toContain("工作表“考核表”受保护，无法填写。");
  });

  it("a partly written fill: the host's words, then the pane's", () => {
    const partial: ShownError = {
      message: "填写工作表“考核表”时中途失败（GeneralException），工作簿可能已被部分写入。请点击“撤销本次填写”恢复填写前的内容。",
      host: { code: "failed", args: { reason: "partial", sheet: "考核表", detail: "GeneralException" } },
      after: { kind: "partly-written" },
    };
    const text = renderError("en", partial);
    expect(text).toContain(
      'Writing to sheet "考核表" stopped part way (GeneralException), so the workbook may be partly written. Use Undo to put back what was there before.',
    );
    expect(text.replace(/考核表/g, "")).not.toMatch(CJK);
  });

  it("an error without a code shows its message as it is", () => {
    expect(renderError("en", { message: "写入到一半时出错。" })).toContain("写入到一半时出错。");
  });
});
