// Starts the production preview server and Debian's Chromium for the browser tests, and opens the preview in a tab.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts");
const { CHROMIUM_PATH: CHROMIUM, CHROMIUM_FLAGS: FLAGS } = require("../../scripts/chromium") as {
  CHROMIUM_PATH: string;
  CHROMIUM_FLAGS: string[];
};

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves dist/web over https on a free localhost port (scripts/previewServer.js, shared with the bench). */
export const startPreviewServer = (require("../../scripts/previewServer") as { startPreviewServer(): Promise<PreviewServer> })
  .startPreviewServer;

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, accepting the server's self-signed certificate. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk`);
  const profile = mkdtempSync(join(tmpdir(), "kaohe-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    locale: "zh-CN",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export interface Viewport {
  width: number;
  height: number;
}

export interface PreviewBrowser {
  /** The server's base URL (ends in /). */
  readonly url: string;
  readonly context: BrowserContext;
  /**
   * A new tab whose local storage starts empty (the browser profile is shared by every test, and the preview keeps
   * unwritten ticks there); a reload of the same tab keeps it, as a user's reload would.
   */
  freshPage(): Promise<Page>;
  /** preview.html (with `query`) in a fresh tab at `viewport`, once the sample's items are drawn, with no page error. */
  openPreview(query?: string, viewport?: Viewport): Promise<Page>;
}

/** The preview server and Chromium, started before the test file's tests and stopped after them. */
export function usePreviewBrowser(): PreviewBrowser {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = () => {
    if (!server || !browser) throw new Error("the preview browser is started in beforeAll");
    return { server, browser };
  };
  const freshPage = async () => {
    const page = await started().browser.context.newPage();
    await page.addInitScript(() => {
      if (sessionStorage.getItem("e2e-tab") === null) {
        localStorage.clear();
        sessionStorage.setItem("e2e-tab", "1");
      }
    });
    return page;
  };
  return {
    get url() {
      return started().server.url;
    },
    get context() {
      return started().browser.context;
    },
    freshPage,
    async openPreview(query = "", viewport = { width: 1280, height: 860 }) {
      const page = await freshPage();
      await page.setViewportSize(viewport);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${started().server.url}preview.html${query}`);
      await page.getByTestId("item-5").waitFor();
      expect(errors).toEqual([]);
      return page;
    },
  };
}

/** A cell of the preview's sheet grid, by its A1 address. */
export function gridCell(page: Page, address: string) {
  return page.locator(`[data-testid=sheet-grid] td[data-address="${address}"]`);
}
