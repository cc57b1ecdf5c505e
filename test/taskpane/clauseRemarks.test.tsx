/** @jest-environment jsdom */
// A ticked clause that does not count in full says why beside it: not applied for the unit (an exception such as
// (嵯岗、罕达盖除外)), or at its own limit (count or points), in the pane's language.
import { fireEvent, render, screen } from "@testing-library/react";
import { Workbook } from "exceljs";
import type { AppliedFinding, Clause } from "../../src/core/types";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import { EMPTY_INPUT } from "../../src/core";
import { clauseRemark } from "../../src/taskpane/clauseRemark";
import { item, itemScore, renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

const EDUCATION = 6; // 党员干部教育管理: clause 2 "集中活动记录，少一次扣0.5分", at most 3 (from the rubric)
const VILLAGES = 9; // 后进嘎查…: clause 1 "…扣2分(嵯岗、罕达盖除外)"

function setSpin(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

function remark(row: number, clause: number): string | null {
  return screen.queryByTestId(`clause-remark-${row}-${clause}`)?.textContent ?? null;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe("a ticked clause excepted for the unit", () => {
  it("says so beside the clause in Chinese, and not for a unit it applies to", async () => {
    await renderPane(sampleWorkbook());
    expect(remark(VILLAGES, 1)).toBeNull();
    fireEvent.click(item(VILLAGES).getByRole("checkbox", { name: /转化整顿相关材料/ }));
    expect(remark(VILLAGES, 1)).toBe("本条不适用于嵯岗镇（嵯岗、罕达盖除外），未计入");
    expect(itemScore(VILLAGES)).toBe("10 / 10");

    fireEvent.change(screen.getByLabelText("被考核单位"), { target: { value: "阿木古郎镇" } });
    expect(itemScore(VILLAGES)).toBe("8 / 10");
    expect(remark(VILLAGES, 1)).toBeNull();
  });

  it("says so in English in the English pane, with only the sheet's names in Chinese", async () => {
    await renderPane(sampleWorkbook(), "en");
    fireEvent.click(item(VILLAGES).getByRole("checkbox", { name: /转化整顿相关材料/ }));
    const text = remark(VILLAGES, 1)!;
    expect(text).toBe("Does not apply to 嵯岗镇 (嵯岗, 罕达盖 excepted); not counted");
    expect(text.replace(/嵯岗镇|嵯岗|罕达盖/g, "")).not.toMatch(CJK);
  });
});

describe("a ticked clause at its own limit", () => {
  it("a count limit: says the most it counts once the count reaches it", async () => {
    await renderPane(sampleWorkbook());
    const activities = item(EDUCATION).getByRole("spinbutton", { name: /少一次扣0.5分/ });
    setSpin(activities, "2");
    expect(remark(EDUCATION, 2)).toBeNull();
    setSpin(activities, "5");
    expect((activities as HTMLInputElement).value).toBe("3");
    expect(remark(EDUCATION, 2)).toBe("已达上限：本条最多计 3 次");
    expect(itemScore(EDUCATION)).toBe("8.5 / 10");
  });

  it("a count limit in English", async () => {
    await renderPane(sampleWorkbook(), "en");
    setSpin(item(EDUCATION).getByRole("spinbutton", { name: /少一次扣0.5分/ }), "3");
    expect(remark(EDUCATION, 2)).toBe("Limit reached: this clause counts at most 3");
  });

  async function cappedSheet(language: "zh" | "en") {
    const wb = new Workbook();
    const ws = wb.addWorksheet("资料");
    ws.addRow(["项目", "评分标准", "分值", "得分"]);
    ws.addRow(["档案管理", "每项扣1分，最多扣3分；没有台账的扣2分", 5, null]);
    ws.addRow(["合计", null, 5, null]);
    const loaded = new Workbook();
    await loaded.xlsx.load(await wb.xlsx.writeBuffer());
    render(<App host={new PreviewHost(loaded, language)} language={language} theme="light" rubrics={[]} />);
    await screen.findByTestId("item-2");
  }

  it("a points limit (最多扣3分): says the most it deducts", async () => {
    await cappedSheet("zh");
    const each = item(2).getByRole("spinbutton", { name: /每项扣1分/ });
    setSpin(each, "1");
    expect(remark(2, 1)).toBeNull();
    setSpin(each, "4");
    expect(remark(2, 1)).toBe("已达上限：本条最多扣 3 分");
    expect(itemScore(2)).toBe("2 / 5");
  });

  it("a points limit in English", async () => {
    await cappedSheet("en");
    setSpin(item(2).getByRole("spinbutton", { name: /每项扣1分/ }), "3");
    expect(remark(2, 1)).toBe("Limit reached: this clause deducts at most 3");
  });
});

describe("clauseRemark", () => {
  const applied = (over: Partial<AppliedFinding> = {}): AppliedFinding => ({
    itemIndex: 0,
    clauseIndex: 1,
    count: 1,
    effect: -1,
    remark: "",
    applied: true,
    ...over,
  });
  const per: Clause = { index: 1, text: "每次扣2分，最多计3次，最多扣5分", kind: "per", amount: 2, unit: "次", maxCount: 3, cap: 5 };

  it("nothing for a clause that is not ticked, or counted in full", () => {
    expect(clauseRemark(per, EMPTY_INPUT, undefined)).toBeNull();
    expect(clauseRemark(per, { ...EMPTY_INPUT, count: 1 }, applied())).toBeNull();
  });

  it("the points cap when the engine capped a count within maxCount; the count limit at maxCount otherwise", () => {
    expect(
      clauseRemark(
        per,
        { ...EMPTY_INPUT, count: 3 },
        applied({ count: 3, effect: -5, remark: "本条最多扣 5 分", why: { code: "points-limit", args: { cap: 5 } } }),
      ),
    ).toEqual({
      kind: "points-limit",
      cap: 5,
    });
    const countOnly: Clause = { ...per, cap: undefined };
    expect(clauseRemark(countOnly, { ...EMPTY_INPUT, count: 3 }, applied({ count: 3 }))).toEqual({
      kind: "count-limit",
      max: 3,
      unit: "次",
    });
  });

  it("a bonus the engine capped", () => {
    const bonus: Clause = { index: 1, text: "加3分(封顶2分)", kind: "bonus", amount: 3, cap: 2 };
    expect(
      clauseRemark(
        bonus,
        { ...EMPTY_INPUT, count: 1 },
        applied({ effect: 2, remark: "加分封顶 2 分", why: { code: "bonus-limit", args: { cap: 2 } } }),
      ),
    ).toEqual({ kind: "bonus-limit", cap: 2 });
  });

  it("excepted whatever the kind, naming the unit and the exceptions", () => {
    const excepted: Clause = { index: 1, text: "扣2分(嵯岗除外)", kind: "deduct", amount: 2, except: ["嵯岗"] };
    expect(
      clauseRemark(
        excepted,
        { ...EMPTY_INPUT, count: 1 },
        applied({
          applied: false,
          effect: 0,
          remark: "本条不适用于嵯岗镇（嵯岗除外）",
          why: { code: "excepted", args: { unit: "嵯岗镇", except: ["嵯岗"] } },
        }),
      ),
    ).toEqual({
      kind: "excepted",
      unit: "嵯岗镇",
      except: ["嵯岗"],
    });
  });
});
