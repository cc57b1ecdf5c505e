#!/usr/bin/env node
// The WPS pane runs in WPS's own Chromium, whose version is not published (some builds are as old as 80):
// every script in dist/wps must parse as ES2020 — what Chromium 80 runs — and call no API that came later.
// Run after `webpack --mode production`; exits non-zero naming the file and what it found.
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");

const DIR = path.resolve(__dirname, "..", process.argv[2] || "dist/wps");
// Methods and globals Chromium 80 lacks (the version that brought each). The first list must not appear at all;
// the second is installed by src/wps/polyfills.ts, so it may appear once the bundle carries that module's marker.
const NEVER = [
  [/\bstructuredClone\(/, "structuredClone (Chromium 98)"],
  [/\bPromise\.any\(/, "Promise.any (Chromium 85)"],
  [/\bAggregateError\b/, "AggregateError (Chromium 85)"],
  [/\bnew FinalizationRegistry\(/, "FinalizationRegistry (Chromium 84)"],
];
const POLYFILLED = [
  [/\.replaceAll\(/, "String.prototype.replaceAll (Chromium 85)"],
  [/\.randomUUID\(/, "crypto.randomUUID (Chromium 92, secure contexts only)"],
  [/\bObject\.hasOwn\(/, "Object.hasOwn (Chromium 93)"],
  [/\.findLast(Index)?\(/, "Array.prototype.findLast (Chromium 97)"],
  [/\bnew WeakRef\(/, "WeakRef (Chromium 84)"],
  [/\.at\((-?\d+|[a-zA-Z_$][\w$]*)\)/, "Array/String.prototype.at (Chromium 92)"],
];
const MARKER = "kaohe-wps-polyfills";

function problems(file, polyfilled) {
  const code = fs.readFileSync(file, "utf8");
  const found = [];
  try {
    acorn.parse(code, { ecmaVersion: 2020, sourceType: "script", allowHashBang: true });
  } catch (error) {
    found.push(`syntax newer than ES2020 at ${error.loc ? `${error.loc.line}:${error.loc.column}` : "?"}: ${error.message}`);
  }
  for (const [pattern, name] of polyfilled ? NEVER : NEVER.concat(POLYFILLED)) {
    const m = pattern.exec(code);
    if (m) found.push(`${name}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  }
  return found;
}

if (!fs.existsSync(DIR)) {
  console.error(`check-chromium80: ${DIR} does not exist (build first)`);
  process.exit(2);
}
const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".js"));
const polyfilled = files.some((f) => fs.readFileSync(path.join(DIR, f), "utf8").includes(MARKER));
let bad = 0;
for (const f of files) {
  const found = problems(path.join(DIR, f), polyfilled);
  if (found.length) {
    bad++;
    console.error(`${f}:\n  ${found.join("\n  ")}`);
  }
}
if (files.length === 0) {
  console.error(`check-chromium80: no scripts in ${DIR}`);
  process.exit(2);
}
console.log(`check-chromium80: ${files.length} script(s) in ${path.relative(process.cwd(), DIR) || "."}, ${bad} with newer syntax or APIs`);
process.exit(bad ? 1 : 0);
