// The pane for a day of scoring, in the production preview at the pane's real width: the first item in view, the
// keyboard path (skip link, Space, Ctrl+Enter), progress (已核查 n/11), item search on a long sheet, and a sheet that
// already has scores (its problems above the items, its scores shown).
import { Workbook } from "exceljs";
import type { Page } from "playwright-core";
import { validateRubric } from "../../src/core";
import { templateWorkbook } from "../../src/xlsx";
import rubricJson from "../../rubrics/2014-sumu-town.json";
import { artifact, gridCell, usePreviewBrowser } from "./browser";

const { openPreview } = usePreviewBrowser();

const NARROW = { width: 360, height: 800 };

async function openFile(page: Page, file: string, name: string) {
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("file-name").filter({ hasText: name }).waitFor();
}

/** What has the keyboard focus: its tag, type, accessible label or text, and the item card it sits in. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    let card: HTMLElement | null = el;
    while (card && !/^item-\d+$/.test(card.dataset.testid ?? "")) card = card.parentElement;
    return {
      tag: el?.tagName ?? "",
      type: el?.getAttribute("type") ?? "",
      text: (el?.getAttribute("aria-label") || el?.textContent || "").trim(),
      item: card?.dataset.testid ?? null,
    };
  });
}

/** Lines a box's text is laid out on (1: it does not wrap). */
function textLines(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });
}

describe("at the pane's width (360×800)", () => {
  it("shows the first item's first control without scrolling, the 识别结果 panel folded to one line", async () => {
    const page = await openPreview("", NARROW);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const panel = page.getByTestId("layout-panel");
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await textLines(page, "[data-testid=layout-panel] > summary")).toBe(1);

    const first = page.getByTestId("item-4").locator("input, button, select, textarea").first();
    expect(await first.getAttribute("type")).toBe("checkbox");
    const box = (await first.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await page.screenshot({ path: artifact("pane-day-narrow.png") });
    await page.close();
  });

  it("works by keyboard: Tab to the skip link, Enter into the items, Space ticks, Ctrl+Enter fills", async () => {
    const page = await openPreview("", NARROW);
    // The preview page's own toolbar comes first (in Excel the pane has none); the skip link is the pane's first stop.
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      stops.push((await focused(page)).text);
    }
    expect(stops).toEqual(["2014 苏木镇示例", "打开 .xlsx…", "下载", "跳到第一个评分项"]);
    // Out of sight until focused, then on screen.
    const skip = (await page.getByRole("link", { name: "跳到第一个评分项" }).boundingBox())!;
    expect(skip.x).toBeGreaterThanOrEqual(0);
    expect(skip.y).toBeGreaterThanOrEqual(0);
    expect(skip.y + skip.height).toBeLessThanOrEqual(800);

    await page.keyboard.press("Enter");
    expect((await focused(page)).item).toBe("item-4");
    let presses = 0;
    while (presses < 3 && !(await focused(page)).type.includes("checkbox")) {
      await page.keyboard.press("Tab");
      presses++;
    }
    const onCheckbox = await focused(page);
    expect(onCheckbox).toMatchObject({ tag: "INPUT", type: "checkbox", item: "item-4" });
    const checkbox = page.getByTestId("item-4").getByRole("checkbox", { name: /党建工作计划和总结空洞/ });
    expect(await checkbox.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press("Space");
    expect(await checkbox.isChecked()).toBe(true);
    await expect(page.getByTestId("item-score-4").textContent()).resolves.toBe("8 / 10");
    await expect(page.getByTestId("total").textContent()).resolves.toBe("98 / 100");

    await page.keyboard.press("Control+Enter");
    await page
      .getByTestId("total-bar")
      .getByText(/已填写 11 个单元格/)
      .waitFor();
    expect(await gridCell(page, "F4").textContent()).toBe("8");
    expect(await gridCell(page, "F5").textContent()).toBe("10");
    expect(await gridCell(page, "F15").textContent()).toBe("98");
    await page.close();
  });

  it("counts items checked in the sticky bar (已核查 1/11), and fills with items unchecked", async () => {
    const page = await openPreview("", NARROW);
    const progress = page.getByTestId("total-bar").getByTestId("progress");
    await expect(progress.textContent()).resolves.toBe("已核查 0/11");
    const mark = page.getByTestId("item-7").getByRole("button", { name: "已核查（无扣分）" });
    await mark.click();
    expect(await mark.getAttribute("aria-pressed")).toBe("true");
    await expect(progress.textContent()).resolves.toBe("已核查 1/11");
    // Marking deducts nothing.
    await expect(page.getByTestId("total").textContent()).resolves.toBe("100 / 100");
    // The bar stays in view over the list.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = (await progress.boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y + bar.height).toBeLessThanOrEqual(800);

    // Ten items unchecked: 填写得分 is not blocked (it writes every 得分 cell), and its message warns.
    await page.getByRole("button", { name: "填写得分" }).click();
    const written = page.getByTestId("total-bar").getByText(/已填写 11 个单元格/);
    await written.waitFor();
    expect(await written.textContent()).toBe("已填写 11 个单元格，并更新扣分明细。还有 10 项未核查。");
    expect(await gridCell(page, "F7").textContent()).toBe("5");
    expect(await gridCell(page, "F15").textContent()).toBe("100");
    await expect(progress.textContent()).resolves.toBe("已核查 1/11");
    await page.close();
  });
});

/** A sheet of 12 items (目标项目 · 评分标准 · 分值 · 得分), from 项目01 to 项目12, 5 points each. */
async function twelveItems(file: string): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("十二项");
  sheet.addRow(["十二项考核评分表"]);
  sheet.addRow(["目标项目", "评分标准", "分值", "得分"]);
  for (let i = 1; i <= 12; i++) sheet.addRow([`项目${String(i).padStart(2, "0")}`, "资料不全的扣1分", 5, null]);
  sheet.addRow(["合计", null, 60, null]);
  await workbook.xlsx.writeFile(file);
}

describe("item search on a sheet of 12 items", () => {
  it("`/` goes to the search box; a name narrows the list to that item and the count says 1 of 12", async () => {
    const file = artifact("twelve-items.xlsx");
    await twelveItems(file);
    const page = await openPreview("", NARROW);
    await openFile(page, file, "twelve-items.xlsx");
    // The list draws only the cards near the viewport: the count says all 12 are listed.
    const count = page.getByRole("search").getByText(/^显示 \d+ \/ \d+ 项$/);
    await page.getByTestId("item-3").waitFor();
    expect(await count.textContent()).toBe("显示 12 / 12 项");
    const items = page.locator("main article");

    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    const search = page.getByTestId("item-search");
    expect(await search.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    await page.keyboard.type("项目07");
    await page.waitForFunction(() => document.querySelectorAll("main article").length === 1);
    expect(await items.count()).toBe(1);
    expect(await page.getByTestId("item-9").isVisible()).toBe(true); // 项目07 is on row 9 (title, header, 项目01 on row 3)
    expect(await count.textContent()).toBe("显示 1 / 12 项");
    await page.close();
  });
});

/**
 * The 2014 sample with scores already in it, four of them wrong: 11 in a 10-point row (F4), −1 (F7), 八分 (F9), and a
 * total of 80 (F15) against a sum of 67.5.
 */
async function prefilledSample(file: string): Promise<void> {
  const workbook = templateWorkbook(validateRubric(rubricJson), "嵯岗镇");
  const sheet = workbook.getWorksheet("嵯岗镇")!;
  const scores: Record<number, number | string> = { 4: 11, 5: 8, 6: 7.5, 7: -1, 8: 5, 9: "八分", 10: 9, 11: 8, 12: 6, 13: 7, 14: 7 };
  for (const [row, score] of Object.entries(scores)) sheet.getCell(`F${row}`).value = score;
  sheet.getCell("F15").value = 80;
  await workbook.xlsx.writeFile(file);
}

describe("a sheet that already has scores", () => {
  it("shows its problems above the first item, and each item's score as the sheet has it", async () => {
    const file = artifact("prefilled-2014.xlsx");
    await prefilledSample(file);
    const page = await openPreview("", NARROW);
    await openFile(page, file, "prefilled-2014.xlsx");
    const summary = page.getByTestId("problem-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^4 个错误( · |$)/);
    const summaryBox = (await summary.boundingBox())!;
    const firstItem = (await page.getByTestId("item-4").boundingBox())!;
    expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(firstItem.y);
    expect(summaryBox.y).toBeLessThan(800);

    // The sheet's own scores, beside what the ticks give (every item at full marks: nothing ticked yet).
    await page.getByTestId("item-sheet-score-5").waitFor({ timeout: 5000 });
    expect(await page.getByTestId("item-sheet-score-5").textContent()).toBe("表中 8 分");
    expect(await page.getByTestId("item-sheet-score-4").textContent()).toBe("表中 11 分");
    expect(await page.getByTestId("item-sheet-score-9").textContent()).toBe("表中 八分");
    expect(await page.getByTestId("item-sheet-differs-5").isVisible()).toBe(true);
    expect(await page.getByTestId("item-sheet-differs-4").isVisible()).toBe(true);
    expect(await page.getByTestId("item-sheet-differs-8").count()).toBe(0); // 5 of 5 in the sheet, 5 by the ticks
    expect(await page.getByTestId("total-bar").getByTestId("sheet-total").textContent()).toBe("表中总分 80");

    // A click on the summary goes to the list of checks.
    await summary.click();
    expect(await page.getByTestId("checks").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });
});
