#!/usr/bin/env node
// Web budgets: the Excel pane's initial JavaScript (gzipped; goal ≤ 150 KB) and the preview's time to first
// render in headless Chromium (goal ≤ 1 s). Needs the production build (npm run build) and /usr/bin/chromium.
// Prints one line per measure; with --json, one JSON object.
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const WEB = path.join(ROOT, "dist/web");
const PANE_BUDGET_KB = 150;
const RENDER_BUDGET_MS = 1000;
const RUNS = Number(process.env.BENCH_RUNS) || 7;

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

function startServer() {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve-preview.js"), "--port", "0"], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /https:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve({ url: `https://localhost:${m[1]}/preview.html`, stop: () => child.kill("SIGTERM") });
    });
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => reject(new Error(`preview server exited (${code}): ${out}`)));
  });
}

const { CHROMIUM_PATH, CHROMIUM_FLAGS } = require("../scripts/chromium");

/**
 * Navigation start → the pane shows the sample's items and total, over RUNS cold loads: each load gets a fresh
 * browser with a fresh profile (empty HTTP cache, no V8 code cache), as a first visit does. Median and max.
 */
async function previewFirstRender() {
  const { chromium } = require("playwright-core");
  const server = await startServer();
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
        await page.goto(server.url);
        await page.waitForFunction(
          () => document.querySelector("[data-testid=total]")?.textContent === "100 / 100" && document.querySelector("[data-testid=item-14]"),
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
    server.stop();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted[sorted.length - 1], runsMs: times.map((t) => Math.round(t)) };
}

async function main() {
  if (!fs.existsSync(path.join(WEB, "taskpane.html"))) {
    console.error("dist/web 不存在：请先运行 npm run build。");
    process.exitCode = 1;
    return;
  }
  const pane = paneInitialJs();
  const preview = fs.existsSync(CHROMIUM_PATH) ? await previewFirstRender() : null;
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ paneInitialGzipKB: +pane.gzipKB.toFixed(1), previewFirstRenderMs: preview && Math.round(preview.medianMs), previewFirstRenderMaxMs: preview && Math.round(preview.maxMs), previewRunsMs: preview && preview.runsMs }));
    return;
  }
  const ok = (good) => (good ? "ok" : "OVER BUDGET");
  console.log(`pane initial JS: ${pane.gzipKB.toFixed(1)} KB gzipped (${pane.rawKB.toFixed(0)} KB minified, ${pane.files.join(", ")}) — goal ≤ ${PANE_BUDGET_KB} KB: ${ok(pane.gzipKB <= PANE_BUDGET_KB)}`);
  if (preview) {
    console.log(
      `preview first render, cold (fresh profile per load): median ${Math.round(preview.medianMs)} ms, max ${Math.round(preview.maxMs)} ms of ${RUNS} (${preview.runsMs.join(", ")} ms) — goal ≤ ${RENDER_BUDGET_MS} ms: ${ok(preview.maxMs <= RENDER_BUDGET_MS)}`,
    );
  } else {
    console.log("preview first render: skipped (/usr/bin/chromium not installed)");
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
