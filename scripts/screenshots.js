#!/usr/bin/env node
// The README's screenshots of the pane at its real width (360×800), from the production preview in headless
// Chromium: docs/pane-narrow.png (the 2014 sample as it opens) and docs/pane-prefilled.png (the sample with scores
// already in it, four of them wrong: its problems summarised above the items).
// Needs the production build (npm run build), the command (npm run build:cli) and /usr/bin/chromium.
// Usage: node scripts/screenshots.js
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const { startPreviewServer } = require("./previewServer");
const { CHROMIUM_PATH, CHROMIUM_FLAGS } = require("./chromium");

const ROOT = path.resolve(__dirname, "..");
const DOCS = path.join(ROOT, "docs");
const VIEWPORT = { width: 360, height: 800 };

/** The scores written into the prefilled sheet: 11 of 10 (F4), −1 (F7), 八分 (F9); they sum to 67.5, F15 says 80. */
const PREFILLED = { F4: 11, F5: 8, F6: 7.5, F7: -1, F8: 5, F9: "八分", F10: 9, F11: 8, F12: 6, F13: 7, F14: 7, F15: 80 };

/** The 2014 sample for 嵯岗镇 as `kaohe template` makes it, with PREFILLED's scores in it. */
async function prefilledSheet(file) {
  const made = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin/kaohe.js"), "template", "rubrics/2014-sumu-town.json", "--unit", "嵯岗镇", "--out", file, "--force"],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`kaohe template failed: ${made.stderr || made.stdout}`);
  const { Workbook } = require("exceljs");
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("嵯岗镇");
  for (const [address, value] of Object.entries(PREFILLED)) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(file);
}

async function main() {
  for (const needed of ["dist/web/preview.html", "dist/src/cli/main.js"]) {
    if (!fs.existsSync(path.join(ROOT, needed))) throw new Error(`${needed} 不存在：请先运行 npm run build 与 npm run build:cli。`);
  }
  const { chromium } = require("playwright-core");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kaohe-screenshots-"));
  const prefilled = path.join(work, "2014苏木镇考核评分表-嵯岗镇（已评分）.xlsx");
  await prefilledSheet(prefilled);
  fs.mkdirSync(DOCS, { recursive: true });

  const server = await startPreviewServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: VIEWPORT, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${server.url}preview.html`);
    await page.getByTestId("item-14").waitFor();
    await page.screenshot({ path: path.join(DOCS, "pane-narrow.png") });

    await page.getByTestId("file-input").setInputFiles(prefilled);
    await page.getByTestId("file-name").filter({ hasText: "已评分" }).waitFor();
    await page.getByTestId("problem-summary").waitFor();
    await page.screenshot({ path: path.join(DOCS, "pane-prefilled.png") });
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const name of ["pane-narrow.png", "pane-prefilled.png"]) console.log(path.join("docs", name));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
