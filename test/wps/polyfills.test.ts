// The WPS pane's polyfills, run in a fresh JavaScript realm stripped of the APIs Chromium 80 lacks.
import fs from "fs";
import path from "path";
import vm from "vm";
import ts from "typescript";

const SOURCE = fs.readFileSync(path.join(__dirname, "..", "..", "src", "wps", "polyfills.ts"), "utf8");

it("installs at, findLast, replaceAll, Object.hasOwn, WeakRef and crypto.randomUUID where they are missing", () => {
  const { outputText } = ts.transpileModule(SOURCE, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 } });
  const context = vm.createContext({ exports: {}, crypto: { getRandomValues: (a: Uint8Array) => a.fill(7) } });
  vm.runInContext(
    `delete Array.prototype.at; delete String.prototype.at; delete Array.prototype.findLast; delete Array.prototype.findLastIndex;
     delete String.prototype.replaceAll; delete Object.hasOwn; delete globalThis.WeakRef;`,
    context,
  );
  vm.runInContext(outputText, context);
  const result = vm.runInContext(
    `({ at: [1, 2, 3].at(-1), sat: "abc".at(0), last: [1, 2, 3, 4].findLast((x) => x % 2 === 1), lastIndex: [1, 2, 3].findLastIndex((x) => x > 5),
        all: "a-b-c".replaceAll("-", "+"), own: Object.hasOwn({ k: 1 }, "k"), ref: new WeakRef({ v: 9 }).deref().v, uuid: crypto.randomUUID() })`,
    context,
  );
  expect(result).toEqual({ at: 3, sat: "a", last: 3, lastIndex: -1, all: "a+b+c", own: true, ref: 9, uuid: "07070707-0707-4707-8707-070707070707" });
});
