// The production preview in a real browser: score the 2014 sample, fill, download, reopen; Chinese and English.
import { readFileSync } from "fs";
import { Workbook } from "exceljs";
import type { Page } from "playwright-core";
import { artifact, launchBrowser, startPreviewServer, type Browser, type PreviewServer } from "./browser";

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPreviewServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPreview(query = "", viewport = { width: 1280, height: 860 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}preview.html${query}`);
  await page.getByTestId("item-5").waitFor();
  expect(errors).toEqual([]);
  return page;
}

function gridCell(page: Page, address: string) {
  return page.locator(`[data-testid=sheet-grid] td[data-address="${address}"]`);
}

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

    await page.getByTestId("item-5").getByRole("checkbox", { name: /发展党员工作不规范/ }).check();
    await setCount(page, 9, /150平米/, 6);
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
    expect(await page.getByTestId("item-5").getByRole("checkbox", { name: /发展党员工作不规范/ }).isChecked()).toBe(true);
    expect(await page.getByTestId("item-9").getByRole("spinbutton", { name: /150平米/ }).inputValue()).toBe("6");
    await expect(page.getByTestId("total").textContent()).resolves.toBe("85 / 100");
    expect(await gridCell(page, "F15").textContent()).toBe("85");
    await page.screenshot({ path: artifact("preview-zh-reopened.png") });
    await page.close();
  });

  it("fits the pane into 320 px and works by keyboard", async () => {
    const page = await openPreview("", { width: 320, height: 900 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await page.screenshot({ path: artifact("preview-zh-320px-top.png") });
    const checkbox = page.getByTestId("item-5").getByRole("checkbox", { name: /发展党员工作不规范/ });
    await checkbox.focus();
    await page.keyboard.press("Space");
    await expect(page.getByTestId("total").textContent()).resolves.toBe("95 / 100");
    await page.getByRole("button", { name: "填写得分" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/已填写/).waitFor();
    await page.screenshot({ path: artifact("preview-zh-320px.png") });
    await page.screenshot({ path: artifact("preview-zh-320px-full.png"), fullPage: true });
    await page.close();
  });

  it("runs in English with ?lang=en", async () => {
    const page = await openPreview("?lang=en");
    await page.getByTestId("item-5").getByRole("checkbox", { name: /发展党员工作不规范/ }).check();
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
});
