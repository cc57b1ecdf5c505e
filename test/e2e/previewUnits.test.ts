// The whole assessment in the browser preview: two more unit sheets made from the 2014 sample with 新建单位表,
// the three scored differently in the pane, 生成汇总 → 汇总 with ranks, grades and a chart of three bars, and
// 反馈单 listing each unit's deductions.
import type { Page } from "playwright-core";
import { artifact, usePreviewBrowser } from "./browser";

const { openPreview } = usePreviewBrowser();

const pane = (page: Page) => page.locator("main");

async function unitsTab(page: Page) {
  await pane(page).getByRole("tab", { name: "单位汇总" }).click();
  await page.getByTestId("units-view").waitFor();
}

async function createUnit(page: Page, name: string) {
  await page.getByTestId("units-view").getByRole("textbox", { name: "单位名称" }).fill(name);
  await page.getByTestId("units-view").getByRole("button", { name: "新建" }).click();
  await page.getByText(`已新建工作表“${name}”。`).waitFor();
}

/** Opens a unit sheet from the units view for scoring; the pane reads it. */
async function scoreUnit(page: Page, sheet: string) {
  await unitsTab(page);
  await page.getByTestId(`unit-${sheet}`).getByRole("button", { name: "评分" }).click();
  // The page shows the sheet the pane read.
  await page.getByRole("tab", { name: sheet, exact: true, selected: true }).waitFor();
  expect(await page.getByRole("combobox", { name: "工作表", includeHidden: true }).inputValue()).toBe(sheet);
  await page.getByTestId("item-5").waitFor();
}

async function tickPartyMembers(page: Page) {
  await page
    .getByTestId("item-5")
    .getByRole("checkbox", { name: /发展党员工作不规范/ })
    .check();
}

async function fiveVillages(page: Page) {
  const input = page.getByTestId("item-9").getByRole("spinbutton", { name: /150平米/ });
  await input.fill("5");
  await input.press("Enter");
}

async function fill(page: Page) {
  await page.getByRole("button", { name: "填写得分" }).click();
  await page.getByText(/已填写 \d+ 个单元格/).waitFor();
}

/** The drawn sheet's cells by A1 address. */
async function sheetCells(page: Page, sheet: string): Promise<Record<string, string>> {
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  await page.locator(`[aria-label="工作表“${sheet}”"] [data-testid=sheet-grid]`).waitFor();
  return page
    .locator("[data-testid=sheet-grid] td[data-address]")
    .evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute("data-address"), td.textContent ?? ""])));
}

describe("the whole assessment in the preview", () => {
  it("creates two unit sheets, scores three units, and writes 汇总 (ranks, grades, chart) and 反馈单", async () => {
    const page = await openPreview();
    await unitsTab(page);
    await page.getByTestId("unit-嵯岗镇").waitFor();
    await createUnit(page, "罕达盖苏木");
    await createUnit(page, "阿木古郎镇");
    await page.getByTestId("unit-阿木古郎镇").waitFor();

    // 嵯岗镇 −5 = 95; 罕达盖苏木 five villages × 2 = −10 → 90; 阿木古郎镇 both → 85.
    await pane(page).getByRole("tab", { name: "评分" }).click();
    await tickPartyMembers(page);
    await expect(page.getByTestId("total").textContent()).resolves.toBe("95 / 100");
    await fill(page);

    await scoreUnit(page, "罕达盖苏木");
    await fiveVillages(page);
    await expect(page.getByTestId("total").textContent()).resolves.toBe("90 / 100");
    await fill(page);

    await scoreUnit(page, "阿木古郎镇");
    await tickPartyMembers(page);
    await fiveVillages(page);
    await expect(page.getByTestId("total").textContent()).resolves.toBe("85 / 100");
    await fill(page);

    await unitsTab(page);
    await page.getByRole("button", { name: "生成汇总" }).click();
    await page.getByText("已生成汇总：3 个单位。").waitFor();
    expect(await page.getByTestId("unit-罕达盖苏木").getByTestId("unit-grade").textContent()).toBe("第 2 名 · 优秀");

    // 汇总: 序号 · 单位 · 11 items (C–M) · 加分 (N) · 总分 (O) · 排名 (P) · 等次 (Q) · 一票否决 (R).
    const summary = await sheetCells(page, "汇总");
    expect([summary.B2, summary.O2, summary.P2, summary.Q2]).toEqual(["单位", "总分", "排名", "等次"]);
    // The grid draws values as stored (the sheet's 0.00 format is Excel's to apply).
    const rows = [3, 4, 5].map((r) => [summary[`B${r}`], summary[`O${r}`], summary[`P${r}`], summary[`Q${r}`]]);
    expect(rows).toEqual([
      ["嵯岗镇", "95", "1", "优秀"],
      ["罕达盖苏木", "90", "2", "优秀"],
      ["阿木古郎镇", "85", "3", "良好"],
    ]);
    const chart = page.getByTestId("sheet-chart");
    await chart.waitFor();
    const bars = await chart
      .getByTestId("chart-bar")
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute("data-label"), g.getAttribute("data-value")]));
    expect(bars).toEqual([
      ["嵯岗镇", "95"],
      ["罕达盖苏木", "90"],
      ["阿木古郎镇", "85"],
    ]);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("summary.png") });

    // 反馈单: each unit's block lists its own deductions, clause as written.
    const feedback = Object.values(await sheetCells(page, "反馈单")).join("\n");
    const block = (unit: string) => {
      const start = feedback.indexOf(`被考核单位：${unit}`);
      const next = feedback.indexOf("被考核单位：", start + 1);
      return feedback.slice(start, next < 0 ? undefined : next);
    };
    expect(block("嵯岗镇")).toMatch(/发展党员工作不规范/);
    expect(block("嵯岗镇")).not.toMatch(/150平米/);
    expect(block("罕达盖苏木")).toMatch(/150平米/);
    expect(block("罕达盖苏木")).not.toMatch(/发展党员工作不规范/);
    expect(block("阿木古郎镇")).toMatch(/发展党员工作不规范[\s\S]*150平米|150平米[\s\S]*发展党员工作不规范/);
    await page.close();
  });
});

describe("the pane at the width of Excel's task pane", () => {
  it("shows the first item's first control without scrolling at 360 × 800", async () => {
    const page = await openPreview();
    await page.setViewportSize({ width: 360, height: 800 });
    const first = page.getByTestId("item-4").getByRole("checkbox").first();
    const box = (await first.boundingBox())!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await page.screenshot({ path: artifact("preview-zh-360x800.png") });
    await page.close();
  });
});
