#!/usr/bin/env node
// Web budgets: the Excel pane's initial JavaScript (gzipped; goal ≤ 150 KB), the preview's time to first
// render in headless Chromium (goal ≤ 1 s), and tick → total latency in the pane at 11 and 1,000 items (goal
// ≤ 30 ms). Needs the production build (npm run build) and /usr/bin/chromium.
// Prints one line per measure; with --json, one JSON object.
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { startPreviewServer } = require("../scripts/previewServer");

const ROOT = path.resolve(__dirname, "..");
const WEB = path.join(ROOT, "dist/web");
const PANE_BUDGET_KB = 150;
const RENDER_BUDGET_MS = 1000;
const RUNS = Number(process.env.BENCH_RUNS) || 7;
const TICK_BUDGET_MS = 30;
const TICKS = 15;

/** The scripts taskpane.html loads at start (it lists them for its own loader), gzipped. */
function paneInitialJs() {
  const html = fs.readFileSync(path.join(WEB, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/"([^"]+\.js)"/g)].map((m) => m[1]).filter((f) => !/^https?:/.test(f));
  if (files.length === 0) throw new Error("taskpane.html lists no scripts");
  const bytes = files.map((f) => fs.readFileSync(path.join(WEB, f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gzip = bytes.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0);
  return { files, rawKB: raw / 1024, gzipKB: gzip / 1024 };
}

const { CHROMIUM_PATH, CHROMIUM_FLAGS } = require("../scripts/chromium");

/**
 * Navigation start → the pane shows the sample's items and total, over RUNS cold loads: each load gets a fresh
 * browser with a fresh profile (empty HTTP cache, no V8 code cache), as a first visit does. Median and max.
 */
async function previewFirstRender() {
  const { chromium } = require("playwright-core");
  const server = await startPreviewServer();
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kaohe-bench-"));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        ignoreHTTPSErrors: true,
        args: CHROMIUM_FLAGS,
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${server.url}preview.html`);
        await page.waitForFunction(
          () =>
            document.querySelector("[data-testid=total]")?.textContent === "100 / 100" && document.querySelector("[data-testid=item-14]"),
          undefined,
          { polling: "raf" },
        );
        times.push(await page.evaluate(() => performance.now()));
      } finally {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.stop();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted[sorted.length - 1], runsMs: times.map((t) => Math.round(t)) };
}

/** A scoring sheet of `count` one-point items, each with a fixed deduction, as a stranger's .xlsx would have it. */
async function writeLargeSheet(count) {
  const { Workbook } = require("exceljs");
  const wb = new Workbook();
  const ws = wb.addWorksheet("大表");
  ws.addRow(["大表考核评分细则"]);
  ws.addRow(["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]);
  for (let i = 1; i <= count; i++) ws.addRow([`第${i}项工作`, `按要求完成第${i}项工作。`, "未落实的扣1分。", "查看资料", 1, null]);
  ws.addRow(["合计", null, null, null, count, null]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kaohe-bench-")), `大表-${count}项.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * Click on a deduction checkbox → the total's text changed and the page laid out again, in the page's own clock;
 * the checkbox is ticked and cleared in turn. Median and max of TICKS.
 */
async function tickLatency(page, row, clause) {
  await page
    .getByTestId(`item-${row}`)
    .getByRole("checkbox", { name: clause })
    .evaluate((el) => el.setAttribute("data-bench-tick", ""));
  const times = [];
  for (let i = 0; i < TICKS; i++) {
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const total = document.querySelector("[data-testid=total]");
            const box = document.querySelector("[data-bench-tick]");
            const before = total.textContent;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (total.textContent === before) return;
              observer.disconnect();
              void document.body.offsetHeight; // the layout the change causes
              resolve(performance.now() - start);
            });
            observer.observe(total, { childList: true, subtree: true, characterData: true });
            box.click();
          }),
      ),
    );
    await page.waitForTimeout(30);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted[sorted.length - 1] };
}

/** Tick latency over the 2014 sample (11 items) and over a sheet of 1,000 items opened in the preview. */
async function previewTicks() {
  const { chromium } = require("playwright-core");
  const server = await startPreviewServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kaohe-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${server.url}preview.html`);
    await page.getByTestId("item-5").waitFor();
    const small = await tickLatency(page, 5, /发展党员工作不规范/);
    // A new tab without the sample's unwritten ticks (opening a file over them would ask first).
    await page.close();
    const big = await context.newPage();
    await big.setViewportSize({ width: 1280, height: 860 });
    await big.addInitScript(() => localStorage.clear());
    await big.goto(`${server.url}preview.html`);
    await big.getByTestId("item-5").waitFor();
    const file = await writeLargeSheet(1000);
    await big.getByTestId("file-input").setInputFiles(file);
    await big.waitForFunction(
      () => document.querySelector("[data-testid=total]")?.textContent === "1000 / 1000" && document.querySelector("[data-testid=item-7]"),
    );
    const large = await tickLatency(big, 7, /未落实/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    return { small, large };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    await server.stop();
  }
}

async function main() {
  if (!fs.existsSync(path.join(WEB, "taskpane.html"))) {
    console.error("dist/web 不存在：请先运行 npm run build。");
    process.exitCode = 1;
    return;
  }
  const pane = paneInitialJs();
  const preview = fs.existsSync(CHROMIUM_PATH) ? await previewFirstRender() : null;
  const ticks = fs.existsSync(CHROMIUM_PATH) ? await previewTicks() : null;
  if (process.argv.includes("--json")) {
    console.log(
      JSON.stringify({
        paneInitialGzipKB: +pane.gzipKB.toFixed(1),
        previewFirstRenderMs: preview && Math.round(preview.medianMs),
        previewFirstRenderMaxMs: preview && Math.round(preview.maxMs),
        previewRunsMs: preview && preview.runsMs,
        tickMs11: ticks && +ticks.small.medianMs.toFixed(1),
        tickMs1000: ticks && +ticks.large.medianMs.toFixed(1),
      }),
    );
    return;
  }
  const ok = (good) => (good ? "ok" : "OVER BUDGET");
  console.log(
    `pane initial JS: ${pane.gzipKB.toFixed(1)} KB gzipped (${pane.rawKB.toFixed(0)} KB minified, ${pane.files.join(", ")}) — goal ≤ ${PANE_BUDGET_KB} KB: ${ok(pane.gzipKB <= PANE_BUDGET_KB)}`,
  );
  if (preview) {
    console.log(
      `preview first render, cold (fresh profile per load): median ${Math.round(preview.medianMs)} ms, max ${Math.round(preview.maxMs)} ms of ${RUNS} (${preview.runsMs.join(", ")} ms) — goal ≤ ${RENDER_BUDGET_MS} ms: ${ok(preview.maxMs <= RENDER_BUDGET_MS)}`,
    );
  } else {
    console.log("preview first render: skipped (/usr/bin/chromium not installed)");
  }
  if (ticks) {
    for (const [label, t] of [
      ["11 items", ticks.small],
      ["1,000 items", ticks.large],
    ]) {
      console.log(
        `tick → total, ${label}: median ${t.medianMs.toFixed(1)} ms, max ${t.maxMs.toFixed(1)} ms of ${TICKS} — goal ≤ ${TICK_BUDGET_MS} ms: ${ok(t.medianMs <= TICK_BUDGET_MS)}`,
      );
    }
  }
}

main().catch((error) => {
  console.error(process.env.BENCH_DEBUG ? error.stack : error.message);
  process.exitCode = 1;
});
