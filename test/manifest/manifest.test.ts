// Offline checks of manifest.xml (Microsoft's validator, `npm run validate`, needs the internet).
import fs from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { execFileSync } from "child_process";

const ROOT = path.join(__dirname, "..", "..");
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = { $?: Record<string, string>; _?: string; [child: string]: unknown };

/** Every element named `name` (namespace prefix ignored) anywhere below `node`. */
function findAll(node: unknown, name: string, found: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === "$" || key === "_") continue;
      if (key.replace(/^.*:/, "") === name) (Array.isArray(value) ? value : [value]).forEach((v) => found.push(v as Node));
      findAll(value, name, found);
    }
  }
  return found;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** assets/icon-32.png for https://localhost:3000/assets/icon-32.png */
function localFile(url: string): string {
  return path.join(ROOT, new URL(url).pathname);
}

let app: Node;
beforeAll(async () => {
  app = (await parseStringPromise(XML, { strict: true })).OfficeApp;
});

describe("manifest.xml", () => {
  it("is a well-formed task-pane manifest for Excel workbooks with read/write access", () => {
    expect(app.$?.["xsi:type"]).toBe("TaskPaneApp");
    expect(findAll(app, "Host")[0].$).toEqual({ Name: "Workbook" });
    expect(app.Permissions).toEqual(["ReadWriteDocument"]);
    expect(app.DefaultLocale).toEqual(["zh-CN"]);
  });

  it("has a GUID Id, a four-part version and a provider", () => {
    expect((app.Id as string[])[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect((app.Version as string[])[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((app.ProviderName as string[])[0].trim()).not.toBe("");
  });

  it("declares only ExcelApi 1.7 (newer sets are feature-detected in src/excel)", () => {
    const sets = findAll(app.Requirements, "Set").map((s) => s.$);
    expect(sets).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
  });

  it("defines every resid it uses, uses every resource it defines, with ids of at most 32 characters", () => {
    const used = new Set([...XML.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const resources = app.VersionOverrides as Node[];
    const defined = ["Image", "Url", "String"].flatMap((kind) => findAll(resources[0].Resources, kind).map((n) => n.$!.id));
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].sort()).toEqual([...defined].sort());
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("gives every string an en-US override beside the zh-CN default", () => {
    const strings = [
      ...findAll(app, "String"),
      ...(app.DisplayName as Node[]),
      ...(app.Description as Node[]),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const s of strings) {
      expect(s.$?.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      const overrides = findAll(s, "Override").map((o) => o.$);
      expect(overrides).toEqual([{ Locale: "en-US", Value: expect.stringMatching(/^[\x20-\x7e]+$/) }]);
    }
  });

  it("puts a 考核评分 button that shows the task pane on the Home tab", () => {
    const tab = findAll(app, "OfficeTab")[0];
    expect(tab.$?.id).toBe("TabHome");
    const button = findAll(tab, "Control")[0];
    expect(button.$?.["xsi:type"]).toBe("Button");
    const action = findAll(button, "Action")[0];
    expect(action.$?.["xsi:type"]).toBe("ShowTaskpane");
    const labelId = findAll(button, "Label")[0].$?.resid;
    const label = findAll(app, "String").find((s) => s.$?.id === labelId);
    expect(label?.$?.DefaultValue).toBe("考核评分");
    const source = findAll(action, "SourceLocation")[0].$?.resid;
    const url = findAll(app, "Url").find((u) => u.$?.id === source);
    expect(url?.$?.DefaultValue).toBe("https://localhost:3000/taskpane.html");
  });

  it("uses https for every URL", () => {
    const urls = [...XML.replace(/<!--[\s\S]*?-->/g, "").matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("points at icons that exist in assets/ with the declared pixel sizes", () => {
    const images = findAll(app, "Image").filter((i) => i.$?.id);
    const byId = new Map(images.map((i) => [i.$!.id, i.$!.DefaultValue]));
    for (const use of findAll(app, "Image").filter((i) => i.$?.resid)) {
      const size = Number(use.$!.size);
      expect(pngSize(localFile(byId.get(use.$!.resid)!))).toEqual({ width: size, height: size });
    }
    const icon = (app.IconUrl as Node[])[0].$!.DefaultValue;
    const high = (app.HighResolutionIconUrl as Node[])[0].$!.DefaultValue;
    expect(pngSize(localFile(icon))).toEqual({ width: 64, height: 64 });
    expect(pngSize(localFile(high))).toEqual({ width: 128, height: 128 });
  });

  it("is read the same way by office-addin-manifest", () => {
    // In a child process: the package pulls in ES modules that jest's CommonJS runtime cannot load.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((info) => process.stdout.write(JSON.stringify(info)))`;
    const info = JSON.parse(execFileSync("node", ["-e", script, path.join(ROOT, "manifest.xml")], { cwd: ROOT }).toString());
    expect(info).toMatchObject({
      id: (app.Id as string[])[0],
      version: "1.0.0.0",
      officeAppType: "TaskPaneApp",
      permissions: "ReadWriteDocument",
      hosts: ["Workbook"],
      defaultLocale: "zh-CN",
      displayName: "考核评分助手",
    });
  });
});
