// Starts the production preview server and Debian's Chromium for the browser tests.
import { spawn, type ChildProcess } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts");
const { CHROMIUM_PATH: CHROMIUM, CHROMIUM_FLAGS: FLAGS } = require("../../scripts/chromium") as { CHROMIUM_PATH: string; CHROMIUM_FLAGS: string[] };

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves dist/web over https on a free localhost port. */
export function startPreviewServer(): Promise<PreviewServer> {
  if (!existsSync(join(ROOT, "dist/web/preview.html"))) throw new Error("dist/web is missing: run npm run build first");
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "scripts/serve-preview.js"), "--port", "0"], { cwd: ROOT });
  return new Promise((resolveServer, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`preview server did not start: ${output}`)), 20000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const m = /https:\/\/localhost:(\d+)\//.exec(output);
      if (!m) return;
      clearTimeout(timer);
      resolveServer({
        url: `https://localhost:${m[1]}/`,
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`preview server exited with ${code}: ${output}`)));
  });
}

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
