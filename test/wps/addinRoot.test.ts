// The WPS 加载项 root (src/wps/addin, copied to dist/wps by the build), checked offline: ribbon.xml and
// manifest.xml well-formed, every ribbon callback defined by main.js, and the button opening and toggling the pane.
import fs from "fs";
import path from "path";
import vm from "vm";
import { parseStringPromise } from "xml2js";

const ADDIN = path.join(__dirname, "..", "..", "src", "wps", "addin");
const read = (name: string) => fs.readFileSync(path.join(ADDIN, name), "utf8");

type XmlNode = { $?: Record<string, string>; [child: string]: unknown };

function attributes(node: unknown, out: Record<string, string>[] = []): Record<string, string>[] {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, out));
  else if (node && typeof node === "object") {
    const n = node as XmlNode;
    if (n.$) out.push(n.$);
    for (const [key, child] of Object.entries(n)) if (key !== "$") attributes(child, out);
  }
  return out;
}

const CALLBACKS = ["onLoad", "onAction", "getImage", "getLabel", "getEnabled", "getVisible", "getPressed", "getScreentip"];

interface FakePane {
  ID: string;
  url: string;
  Visible: boolean;
}

function loadMain() {
  const storage = new Map<string, unknown>();
  const panes: FakePane[] = [];
  const wps = {
    PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => storage.set(k, v) },
    CreateTaskPane: (url: string) => {
      const pane = { ID: `pane-${panes.length + 1}`, url, Visible: false };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: string) => panes.find((p) => p.ID === id) ?? null,
  };
  const context = vm.createContext({ wps, window: {}, document: { location: { href: "http://intranet.example/kaohe/wps/index.html" } } });
  vm.runInContext(read("main.js"), context);
  return { context: context as Record<string, unknown>, panes };
}

describe("the WPS add-in root", () => {
  it("has a well-formed ribbon.xml whose every callback main.js defines", async () => {
    const ribbon = await parseStringPromise(read("ribbon.xml"));
    const named = attributes(ribbon).flatMap((a) => CALLBACKS.filter((c) => a[c]).map((c) => a[c]));
    expect(named).toEqual(expect.arrayContaining(["OnAddinLoad", "OnAction", "GetImage"]));
    const { context } = loadMain();
    for (const name of named) expect(typeof context[name]).toBe("function");
  });

  it("has a well-formed WPS manifest.xml (JsPlugin with name, version, description)", async () => {
    const manifest = (await parseStringPromise(read("manifest.xml"))) as { JsPlugin?: Record<string, string[]> };
    expect(manifest.JsPlugin?.Name?.[0]).toBe("kaohe");
    expect(manifest.JsPlugin?.Version?.[0]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.JsPlugin?.Description?.[0]).toMatch(/考核评分/);
  });

  it("opens the pane from the add-in's own folder once, keeps its id, and toggles it after that", () => {
    const { context, panes } = loadMain();
    const onAction = context.OnAction as (control: { Id: string }) => boolean;
    expect((context.OnAddinLoad as (ui: object) => boolean)({})).toBe(true);
    onAction({ Id: "btnKaohePane" });
    expect(panes).toEqual([{ ID: "pane-1", url: "http://intranet.example/kaohe/wps/taskpane.html", Visible: true }]);
    onAction({ Id: "btnKaohePane" });
    onAction({ Id: "btnKaohePane" });
    expect(panes).toHaveLength(1);
    expect(panes[0].Visible).toBe(true);
    onAction({ Id: "btnKaohePane" });
    expect(panes[0].Visible).toBe(false);
  });

  it("points the button at an icon that exists, and index.html loads main.js", () => {
    const { context } = loadMain();
    const image = (context.GetImage as (c: { Id: string }) => string)({ Id: "btnKaohePane" });
    expect(fs.existsSync(path.join(__dirname, "..", "..", image))).toBe(true);
    expect(read("index.html")).toMatch(/<script src="main\.js"><\/script>/);
  });

  it("never loads office.js in the WPS pane page", () => {
    expect(read("taskpane.html")).not.toMatch(/office\.js/i);
  });
});
