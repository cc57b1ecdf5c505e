import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { parseStringPromise } from "xml2js";

const ROOT = path.join(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "manifest-prod.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require(SCRIPT) as { productionManifest: (xml: string, base: string) => string };
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("scripts/manifest-prod.js", () => {
  it("replaces every localhost:3000 URL with ADDIN_BASE_URL and keeps the XML valid", async () => {
    const out = productionManifest(XML, "https://addins.example.gov.cn/kaohe/");
    expect(out).not.toMatch(/localhost/);
    expect(out).toContain('<SourceLocation DefaultValue="https://addins.example.gov.cn/kaohe/taskpane.html"/>');
    expect(out).toContain('DefaultValue="https://addins.example.gov.cn/kaohe/assets/icon-80.png"');
    const count = (s: string, needle: string) => s.split(needle).length - 1;
    expect(count(out, "https://addins.example.gov.cn/kaohe/")).toBe(count(XML, "https://localhost:3000/"));
    await expect(parseStringPromise(out, { strict: true })).resolves.toHaveProperty("OfficeApp");
  });

  it("refuses a base URL that is not https", () => {
    expect(() => productionManifest(XML, "http://intranet/kaohe")).toThrow(/https/);
    expect(() => productionManifest(XML, "intranet/kaohe")).toThrow(/not a URL/);
  });

  it("writes the file when run with ADDIN_BASE_URL, and fails without it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const output = path.join(dir, "manifest.xml");
    execFileSync("node", [SCRIPT, output], { env: { ...process.env, ADDIN_BASE_URL: "https://kaohe.example.org" } });
    expect(fs.readFileSync(output, "utf8")).toContain("https://kaohe.example.org/taskpane.html");

    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    expect(() => execFileSync("node", [SCRIPT, path.join(dir, "x.xml")], { env, stdio: "pipe" })).toThrow();
    expect(fs.existsSync(path.join(dir, "x.xml"))).toBe(false);
  });
});
