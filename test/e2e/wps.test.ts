// The WPS pane (dist/wps, built by npm run build) in Chromium with the fake ET object model injected as WPS's
// globals: it boots without office.js, scans the 2014 sample, fills 得分 and the 扣分明细 log into the fake.
import { createServer, type Server } from "http";
import { mkdtempSync, readFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { extname, join, resolve } from "path";
import webpack from "webpack";
import { gridFromWorksheet } from "../../src/xlsx/readWorkbook";
import { rubricWorkbook, SCORE_SHEET } from "../excel/workbooks";
import { artifact, launchBrowser, ROOT, type Browser } from "./browser";

const WPS_ROOT = resolve(ROOT, "dist/wps");
let server: Server;
let base = "";
let browser: Browser;
let fakeBundle = "";

function bundleFake(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "kaohe-wps-fake-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: join(ROOT, "test/wps/browserFake.ts"),
    output: { path: out, filename: "fake.js" },
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "ES2017" } } },
        },
      ],
    },
  });
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) fail(error ?? new Error(stats?.toString("errors-only")));
      else done(readFileSync(join(out, "fake.js"), "utf8"));
    }),
  );
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };

beforeAll(async () => {
  if (!existsSync(join(WPS_ROOT, "taskpane.html"))) throw new Error("dist/wps is missing: run npm run build first");
  fakeBundle = await bundleFake();
  server = createServer((req, res) => {
    const file = resolve(WPS_ROOT, `.${decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)}`);
    if (!file.startsWith(WPS_ROOT) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe("the pane in WPS mode", () => {
  it("boots over the fake WPS globals, scans the 2014 sample and fills it", async () => {
    const sheets = rubricWorkbook().workbook.worksheets.map((ws) => {
      const grid = gridFromWorksheet(ws);
      return { name: grid.name, values: grid.values, formulas: grid.formulas, merges: grid.merges };
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => requests.push(r.url()));
    await page.addInitScript(`window.__kaoheFakeSheets = ${JSON.stringify(sheets)};\n${fakeBundle}`);
    await page.goto(`${base}taskpane.html`);
    await page.getByTestId("item-5").waitFor();
    expect(errors).toEqual([]);
    expect(requests.some((u) => /office\.js/.test(u))).toBe(false);
    await expect(page.getByTestId("total").textContent()).resolves.toBe("100 / 100");

    await page.getByTestId("item-5").getByRole("checkbox", { name: /发展党员工作不规范/ }).check();
    await expect(page.getByTestId("total").textContent()).resolves.toBe("95 / 100");
    await page.getByRole("button", { name: "填写得分" }).click();
    await page.waitForFunction(
      (sheet) => {
        const app = (window as unknown as { wps: { EtApplication(): { sheet(n: string): { cell(r: number, c: number): { value: unknown } | undefined } } } }).wps.EtApplication();
        return app.sheet(sheet).cell(5, 6)?.value === 5;
      },
      SCORE_SHEET,
      { timeout: 20_000 },
    );
    const names = await page.evaluate(() =>
      (window as unknown as { wps: { EtApplication(): { book: { sheets: { Name: string }[] } } } }).wps.EtApplication().book.sheets.map((s) => s.Name),
    );
    expect(names).toEqual([SCORE_SHEET, "扣分明细"]);
    await page.screenshot({ path: artifact("wps-pane-filled.png") });
    expect(errors).toEqual([]);
  });

  it("says where it belongs when opened outside WPS", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}taskpane.html`);
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/WPS 表格/);
  });
});
