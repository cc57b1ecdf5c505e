// The production preview in a real browser: score the 2014 sample, fill, download, reopen; Chinese and English.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import { validateRubric } from "../../src/core";
import { STRINGS } from "../../src/taskpane/strings";
import { templateWorkbook } from "../../src/xlsx";
import rubricJson from "../../rubrics/2014-sumu-town.json";
import type { Page } from "playwright-core";
import { artifact, gridCell, ROOT, usePreviewBrowser } from "./browser";

const preview = usePreviewBrowser();
const { freshPage, openPreview } = preview;

async function setCount(page: Page, row: number, clause: RegExp, count: number) {
  const input = page.getByTestId(`item-${row}`).getByRole("spinbutton", { name: clause });
  await input.fill(String(count));
  await input.press("Enter");
}

describe("the browser preview", () => {
  it("scores the 2014 sample, fills 得分, and reopens the downloaded workbook with the ticks restored", async () => {
    const page = await openPreview();
    await expect(page.getByTestId("total").textContent()).resolves.toBe("100 / 100");
    expect(await gridCell(page, "A1").textContent()).toBe("2014年度苏木镇基层党建工作考核评分细则");

    await page
      .getByTestId("item-5")
      .getByRole("checkbox", { name: /发展党员工作不规范/ })
      .check();
    await setCount(page, 9, /150平米/, 6);
    // Five villages × 2 use up the row's 10 points: the stepper stops at 5.
    expect(
      await page
        .getByTestId("item-9")
        .getByRole("spinbutton", { name: /150平米/ })
        .inputValue(),
    ).toBe("5");
    await expect(page.getByTestId("item-score-9").textContent()).resolves.toBe("0 / 10");
    await expect(page.getByTestId("total").textContent()).resolves.toBe("85 / 100");
    await page.screenshot({ path: artifact("preview-zh-ticked.png") });

    await page.getByRole("button", { name: "填写得分" }).click();
    await page.getByText(/已填写 11 个单元格/).waitFor();
    expect(await gridCell(page, "F5").textContent()).toBe("5");
    expect(await gridCell(page, "F9").textContent()).toBe("0");
    expect(await gridCell(page, "F4").textContent()).toBe("10");
    expect(await gridCell(page, "F15").textContent()).toBe("85");
    expect(await gridCell(page, "F5").evaluate((td) => getComputedStyle(td).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: artifact("preview-zh-filled.png") });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
    expect(download.suggestedFilename()).toBe("2014苏木镇考核评分表-嵯岗镇.scored.xlsx");
    const saved = artifact("preview-scored.xlsx");
    await download.saveAs(saved);
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("嵯岗镇")!;
    expect(sheet.getCell("F5").value).toBe(5);
    expect(sheet.getCell("F9").value).toBe(0);
    expect(sheet.getCell("F15").value).toMatchObject({ formula: "SUM(F4:F14)", result: 85 });
    expect(workbook.getWorksheet("扣分明细")?.rowCount).toBe(3);

    await page.reload();
    await page.getByTestId("item-5").waitFor();
    await expect(page.getByTestId("total").textContent()).resolves.toBe("100 / 100");
    await page.getByTestId("file-input").setInputFiles(saved);
    await page.getByText(/已从“扣分明细”恢复 2 条扣分记录/).waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe("preview-scored.xlsx");
    expect(
      await page
        .getByTestId("item-5")
        .getByRole("checkbox", { name: /发展党员工作不规范/ })
        .isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByTestId("item-9")
        .getByRole("spinbutton", { name: /150平米/ })
        .inputValue(),
    ).toBe("5");
    await expect(page.getByTestId("total").textContent()).resolves.toBe("85 / 100");
    expect(await gridCell(page, "F15").textContent()).toBe("85");
    await page.screenshot({ path: artifact("preview-zh-reopened.png") });
    await page.close();
  });

  it("keeps an unwritten tick over a reload, and asks before the sample button drops it", async () => {
    const page = await openPreview();
    await page
      .getByTestId("item-5")
      .getByRole("checkbox", { name: /发展党员工作不规范/ })
      .check();
    await setCount(page, 9, /150平米/, 2);
    await expect(page.getByTestId("total").textContent()).resolves.toBe("91 / 100");
    await page.reload();
    await page.getByText(/已恢复上次尚未填写到表格的勾选（共 2 项）/).waitFor();
    expect(
      await page
        .getByTestId("item-5")
        .getByRole("checkbox", { name: /发展党员工作不规范/ })
        .isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByTestId("item-9")
        .getByRole("spinbutton", { name: /150平米/ })
        .inputValue(),
    ).toBe("2");
    await expect(page.getByTestId("total").textContent()).resolves.toBe("91 / 100");
    await page.screenshot({ path: artifact("preview-zh-draft-restored.png") });

    await page.getByRole("button", { name: "2014 苏木镇示例" }).click();
    await page.getByRole("alertdialog").waitFor();
    await page.screenshot({ path: artifact("preview-zh-discard-prompt.png") });
    await page.getByRole("button", { name: "放弃勾选并继续" }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=total]")?.textContent === "100 / 100");
    expect(
      await page
        .getByTestId("item-5")
        .getByRole("checkbox", { name: /发展党员工作不规范/ })
        .isChecked(),
    ).toBe(false);
    await page.reload();
    await page.getByTestId("item-5").waitFor();
    await expect(page.getByTestId("total").textContent()).resolves.toBe("100 / 100");
    await page.close();
  });

  it("fits the pane into 320 px and works by keyboard", async () => {
    const page = await openPreview("", { width: 320, height: 900 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await page.screenshot({ path: artifact("preview-zh-320px-top.png") });
    // The checks' severity badges stay on one line (提示, not 提 over 示). A fresh sheet has nothing to check, so
    // tick a clause 嵯岗镇 is excepted from: the check says it does not apply.
    await page.getByTestId("item-9").getByRole("checkbox", { name: /转化整顿相关材料/ }).check();
    await page.getByTestId("checks").locator("summary").click();
    const lines = await page.getByTestId("severity").evaluateAll((badges) =>
      badges.map((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((n) => n === 1)).toBe(true);
    await page.getByTestId("severity").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("preview-zh-320px-checks.png") });
    const checkbox = page.getByTestId("item-5").getByRole("checkbox", { name: /发展党员工作不规范/ });
    await checkbox.focus();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("total").textContent()).resolves.toBe("95 / 100");
    // Scrolled to the bottom of the list: the sticky bar's 填写得分 and its message stay in view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole("button", { name: "填写得分" }).focus();
    await page.keyboard.press("Enter");
    const message = page.getByTestId("total-bar").getByText(/已填写/);
    await message.waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const box = (await message.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await page.screenshot({ path: artifact("preview-zh-320px.png") });
    await page.screenshot({ path: artifact("preview-zh-320px-full.png"), fullPage: true });
    await page.close();
  });

  it("runs in English with ?lang=en", async () => {
    const page = await openPreview("?lang=en");
    await page
      .getByTestId("item-5")
      .getByRole("checkbox", { name: /发展党员工作不规范/ })
      .check();
    await setCount(page, 9, /150平米/, 6);
    await page.getByRole("button", { name: "Fill in scores" }).click();
    await page.getByText("Filled 11 cells and updated the log sheet.").waitFor();
    expect(await gridCell(page, "F5").textContent()).toBe("5");
    expect(await gridCell(page, "F9").textContent()).toBe("0");
    expect(await gridCell(page, "F15").textContent()).toBe("85");
    expect(await page.getByRole("button", { name: "Download" }).isVisible()).toBe(true);
    await page.screenshot({ path: artifact("preview-en-filled.png") });
    await page.close();
  });

  it("shows the sheet being scored after opening a file whose first sheet is 说明, and follows the pane's sheet", async () => {
    const workbook = templateWorkbook(validateRubric(rubricJson), "嵯岗镇");
    workbook.getWorksheet("嵯岗镇")!.name = "社区评分表";
    const intro = workbook.addWorksheet("说明");
    intro.getCell("A1").value = "填表说明：按评分标准逐项扣分。";
    (intro as typeof intro & { orderNo: number }).orderNo = -1; // exceljs orders sheets by orderNo (not in its types)
    const file = artifact("two-sheets.xlsx");
    await workbook.xlsx.writeFile(file);

    const page = await openPreview();
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("file-name").filter({ hasText: "two-sheets.xlsx" }).waitFor();
    await page.getByTestId("item-5").waitFor();
    // The workbook's sheet tabs (the pane has tabs of its own: 评分 | 单位汇总).
    const sheetTabs = page.getByRole("tablist").filter({ has: page.getByRole("tab", { name: "说明" }) });
    expect(await sheetTabs.getByRole("tab", { selected: true }).textContent()).toBe("社区评分表");
    expect(await gridCell(page, "A1").textContent()).toBe("2014年度苏木镇基层党建工作考核评分细则");
    await page.screenshot({ path: artifact("preview-zh-two-sheets.png") });

    // The 识别结果 panel is folded when nothing needs a decision: open it to pick another sheet.
    await page.getByTestId("layout-panel").locator("summary").click();
    await page.getByRole("combobox", { name: "工作表" }).selectOption("说明");
    await page.getByRole("tab", { name: "说明", selected: true }).waitFor();
    expect(await gridCell(page, "A1").textContent()).toBe("填表说明：按评分标准逐项扣分。");
    await page.close();
  });
});

/** The scripts preview.html loads at start; everything else (exceljs among it) is loaded later with import(). */
function previewInitialScripts(): string[] {
  const html = readFileSync(join(ROOT, "dist/web/preview.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)].map((m) => m[1]!);
}

describe("the preview's exceljs chunk", () => {
  /** Opens the preview with every script that preview.html does not list held back (`delayMs`) or refused. */
  async function openWithLateChunks(mode: { delayMs: number } | "refuse"): Promise<{ page: Page; late: string[]; arrived: string[] }> {
    const initial = new Set(previewInitialScripts());
    const page = await freshPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const late: string[] = [];
    const arrived: string[] = [];
    await page.route(/\.js(\?.*)?$/, async (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      if (initial.has(file)) return route.continue();
      late.push(file);
      if (mode === "refuse") return route.abort("connectionrefused");
      await new Promise((resolve) => setTimeout(resolve, mode.delayMs));
      arrived.push(file);
      return route.continue();
    });
    await page.goto(`${preview.url}preview.html`);
    await page.getByTestId("item-5").waitFor();
    expect(errors).toEqual([]);
    return { page, late, arrived };
  }

  it("is not in the page's first scripts: the sample is drawn before exceljs arrives, and the first fill waits for it", async () => {
    for (const file of previewInitialScripts()) {
      expect(readFileSync(join(ROOT, "dist/web", file), "utf8")).not.toContain("xl/worksheets/");
    }
    const { page, late, arrived } = await openWithLateChunks({ delayMs: 1500 });
    await expect(page.getByTestId("total").textContent()).resolves.toBe("100 / 100");
    expect(await gridCell(page, "A1").textContent()).toBe("2014年度苏木镇基层党建工作考核评分细则");
    expect(await gridCell(page, "A3").textContent()).toBe("目标项目");
    // The column widths come with the sample's grid: 评分标准 (C) is the widest, as the template makes it.
    const widths = await page
      .locator("[data-testid=sheet-grid] col")
      .evaluateAll((cols) => cols.map((c) => (c as HTMLElement).style.width));
    expect(widths.slice(1)).toEqual(["131px", "299px", "369px", "117px", "54px", "61px"]);
    expect(arrived).toEqual([]);

    await page
      .getByTestId("item-5")
      .getByRole("checkbox", { name: /发展党员工作不规范/ })
      .check();
    await page.getByRole("button", { name: "填写得分" }).click();
    await page.getByText(/已填写 11 个单元格/).waitFor();
    expect(late.length).toBeGreaterThan(0);
    expect(arrived.length).toBeGreaterThan(0);
    expect(await gridCell(page, "F5").textContent()).toBe("5");
    expect(await gridCell(page, "F15").textContent()).toBe("95");
    await page.getByRole("button", { name: "撤销本次填写" }).click();
    await expect(page.getByTestId("total").textContent()).resolves.toBe("95 / 100");
    await page.waitForFunction(() => document.querySelector('[data-testid=sheet-grid] td[data-address="F5"]')?.textContent === "");
    await page.close();
  });

  it("when exceljs cannot load, fill and download say so and nothing is written", async () => {
    const { page, late } = await openWithLateChunks("refuse");
    await page
      .getByTestId("item-5")
      .getByRole("checkbox", { name: /发展党员工作不规范/ })
      .check();
    await page.getByRole("button", { name: "填写得分" }).click();
    await page
      .getByText(/预览的工作簿组件未能加载，没有修改任何内容/)
      .first()
      .waitFor();
    expect(late.length).toBeGreaterThan(0);
    expect(await gridCell(page, "F5").textContent()).toBe("");
    // The workbook's sheet tabs (not the pane's 评分 | 单位汇总).
    expect(await page.locator("section[aria-label^='工作表']").getByRole("tab").allTextContents()).toEqual(["嵯岗镇"]);
    // The tick was not written: 下载 asks first — in the browser's own dialog, as the pane's cannot load either.
    const asked = page.waitForEvent("dialog").then(async (dialog) => {
      const message = dialog.message();
      await dialog.accept();
      return message;
    });
    await page.getByRole("button", { name: "下载" }).click();
    expect(await asked).toContain("下载的文件不包含它们");
    await page
      .getByRole("alert")
      .filter({ hasText: /预览的工作簿组件未能加载/ })
      .first()
      .waitFor();
    await page.screenshot({ path: artifact("preview-zh-exceljs-unavailable.png") });
    await page.close();
  });
});

describe("the Excel pane's page where the pane cannot start", () => {
  async function openTaskpane(options: { userAgent?: string; locale?: string } = {}): Promise<Page> {
    const page = await preview.context.newPage();
    await page.setViewportSize({ width: 320, height: 600 });
    // office.js from Microsoft's CDN, unreachable (an intranet before self-hosting it).
    await page.route(/office\.js$/, (route) => route.abort("connectionrefused"));
    if (options.userAgent || options.locale) {
      const { userAgent, locale } = options;
      await page.addInitScript(
        ([ua, lang]) => {
          if (ua) Object.defineProperty(navigator, "userAgent", { get: () => ua });
          if (lang) Object.defineProperty(navigator, "language", { get: () => lang });
        },
        [userAgent ?? "", locale ?? ""],
      );
    }
    await page.goto(`${preview.url}taskpane.html`);
    return page;
  }

  it("says office.js could not be loaded instead of a blank pane (Chinese, and English)", async () => {
    const page = await openTaskpane();
    const box = page.locator("#plain-message");
    await box.waitFor({ state: "visible" });
    expect(await box.innerText()).toBe(STRINGS.zh.officeMissing);
    expect(await box.getAttribute("data-kind")).toBe("officeMissing");
    await page.screenshot({ path: artifact("taskpane-office-missing-zh.png") });
    await page.close();

    const en = await openTaskpane({ locale: "en-US" });
    await en.locator("#plain-message").waitFor({ state: "visible" });
    expect(await en.locator("#plain-message").innerText()).toBe(STRINGS.en.officeMissing);
    await en.close();
  });

  it("tells an Internet Explorer–based Office what it needs: Excel 2019 or later, and WebView2", async () => {
    const page = await openTaskpane({ userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko" });
    const box = page.locator("#plain-message");
    await box.waitFor({ state: "visible" });
    const text = await box.innerText();
    expect(text).toBe(STRINGS.zh.oldOffice);
    expect(text).toContain("Excel 2019");
    expect(text).toContain("WebView2");
    expect(text).not.toContain("Office 2016");
    await page.screenshot({ path: artifact("taskpane-old-office-zh.png") });
    await page.close();
  });
});

describe("the production build", () => {
  it("ships no source maps", () => {
    const web = join(ROOT, "dist/web");
    const files = readdirSync(web);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of files.filter((name) => name.endsWith(".js"))) {
      expect(readFileSync(join(web, f), "utf8")).not.toMatch(/sourceMappingURL=/);
    }
  });
});
