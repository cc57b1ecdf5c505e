// The help page behind manifest.xml's SupportUrl/LearnMoreUrl is part of the production build (dist/web/help.html).
// (Kept with the command's tests: it checks the build configuration, not the pane.) No webpack run here: the test reads
// the exported configuration and the page itself.
import { readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "../..");

interface PluginLike {
  constructor: { name: string };
  userOptions?: { filename?: string; template?: string; chunks?: unknown; inject?: unknown };
  patterns?: { to?: string }[];
}

async function productionPlugins(): Promise<PluginLike[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: { mode: string },
  ) => Promise<{ name?: string; plugins: PluginLike[] }[]>;
  // The Office build (dist/web) comes first; the WPS add-in (dist/wps) is built beside it.
  const [web] = await configure({}, { mode: "production" });
  return web.plugins;
}

describe("help page", () => {
  it("the production build emits help.html from src/help/help.html, with no script bundle", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const plugins = await productionPlugins();
    warn.mockRestore();
    const help = plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "help.html");
    expect(help?.userOptions).toMatchObject({ template: "./src/help/help.html", chunks: [], inject: false });
  });

  it("is the page the manifest points to", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/(?:SupportUrl|LearnMoreUrl)[^>]*DefaultValue="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/\/help\.html$/);
  });

  it("explains the pane, 填写得分/撤销, 扣分明细 and kaohe in Chinese, with an English section, and loads no script", () => {
    const html = readFileSync(join(ROOT, "src/help/help.html"), "utf8");
    for (const words of ["考核评分", "填写得分", "撤销本次填写", "扣分明细", "kaohe score", "README", 'lang="en"', "Fill scores"]) expect(html).toContain(words);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<%"); // html-webpack-plugin would read it as a template tag
  });
});
