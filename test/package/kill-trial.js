// By hand: `npm run build:cli && node test/package/kill-trial.js [tries]`. Scores a 50,000-row workbook with the
// built command and SIGKILLs it at random moments, then again aimed at the write (as soon as the temporary file
// appears); the final name must then hold nothing or a whole workbook, never a partial zip. Then runs two `score`
// processes at once on one --out, several times: the file must always be whole. Exit code 1 on any failure.
// Needs /usr/bin/python3 with openpyxl to build the large input once (kept in the system temp folder).
"use strict";
const { execFileSync, spawn } = require("node:child_process");
const { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const root = join(__dirname, "..", "..");
// KAOHE_BUILD: another folder holding bin/ and dist/ (a private build while the tree is being edited).
const build = process.env.KAOHE_BUILD ?? root;
const { openWorkbook } = require(join(build, "dist", "src", "xlsx", "package"));
const tries = Number(process.argv[2] ?? 12);
const large = join(tmpdir(), "kaohe-large-50000.xlsx");
if (!existsSync(large)) execFileSync("/usr/bin/python3", [join(root, "scripts", "make-package-fixtures.py"), "--large", "50000", large]);
const dir = mkdtempSync(join(tmpdir(), "kaohe-kill-"));
const findings = join(dir, "f.json");
writeFileSync(findings, JSON.stringify({ unit: "嵯岗镇", findings: [{ item: "第1项工作", clause: 1 }, { item: "第50000项工作", clause: 1 }] }));
const out = join(dir, "out.xlsx");

function run() {
  return spawn(process.execPath, [join(build, "bin", "kaohe.js"), "score", large, "--findings", findings, "--out", out, "--force"], { stdio: "ignore" });
}
const exited = (child) => new Promise((done) => child.on("exit", (code, signal) => done({ code, signal })));

/** "none", "whole" or "PARTIAL: …". */
function state() {
  if (!existsSync(out)) return "none";
  try {
    const book = openWorkbook(new Uint8Array(readFileSync(out)));
    return book.grids[0]?.values.length === 50004 ? "whole" : `PARTIAL: ${book.grids[0]?.values.length} rows`;
  } catch (e) {
    return `PARTIAL: ${e.message}`;
  }
}
const temps = () => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

(async () => {
  let started = Date.now();
  await exited(run());
  const full = Date.now() - started;
  const earlier = join(dir, "earlier.xlsx");
  copyFileSync(out, earlier);
  console.log(`one full run: ${full} ms`);
  const outcomes = {};
  let partial = 0;
  for (let i = 0; i < tries; i++) {
    rmSync(out, { force: true });
    for (const t of temps()) rmSync(join(dir, t));
    if (i % 2 === 1) copyFileSync(earlier, out); // half the tries over an earlier scored copy
    const delay = Math.round(Math.random() * full * 1.1);
    const child = run();
    const timer = setTimeout(() => child.kill("SIGKILL"), delay);
    const { signal } = await exited(child);
    clearTimeout(timer);
    const s = state();
    if (s.startsWith("PARTIAL")) partial++;
    const key = `${signal === "SIGKILL" ? "killed" : "finished"}, ${i % 2 === 1 ? "over an earlier copy" : "no earlier file"} → ${s}${temps().length ? " (+ temp file left)" : ""}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    console.log(`try ${i + 1}: kill at ${delay} ms: ${key}`);
  }
  console.log(`kill trial: ${tries} tries, ${partial} partial files under the final name`);
  for (const [k, n] of Object.entries(outcomes)) console.log(`  ${n} × ${k}`);

  // Kills aimed at the write itself: as soon as the temporary file appears, plus 0–30 ms.
  let aimedPartial = 0;
  let tempsLeft = 0;
  for (let i = 0; i < tries; i++) {
    rmSync(out, { force: true });
    for (const t of temps()) rmSync(join(dir, t));
    if (i % 2 === 1) copyFileSync(earlier, out);
    const child = run();
    const done = exited(child);
    let finished = false;
    done.then(() => (finished = true));
    while (!finished && temps().length === 0) await new Promise((r) => setTimeout(r, 2));
    const extra = Math.round(Math.random() * 30);
    await new Promise((r) => setTimeout(r, extra));
    child.kill("SIGKILL");
    const { signal } = await done;
    const s = state();
    if (s.startsWith("PARTIAL")) aimedPartial++;
    if (temps().length) tempsLeft++;
    console.log(`aimed try ${i + 1}: ${signal === "SIGKILL" ? `killed ${extra} ms into the write` : "finished first"}, ${i % 2 === 1 ? "over an earlier copy" : "no earlier file"} → ${s}${temps().length ? " (temp file left)" : ""}`);
  }
  console.log(`aimed kill trial: ${tries} tries, ${aimedPartial} partial files under the final name, ${tempsLeft} temporary files left behind`);
  partial += aimedPartial;

  let broken = 0;
  const rounds = 5;
  for (let i = 0; i < rounds; i++) {
    rmSync(out, { force: true });
    started = Date.now();
    const results = await Promise.all([exited(run()), exited(run())]);
    const s = state();
    if (s !== "whole" || results.some((r) => r.code !== 0)) broken++;
    console.log(`concurrent round ${i + 1}: exit ${results.map((r) => r.code).join(",")} → ${s}, temp files ${temps().length}, ${Date.now() - started} ms`);
  }
  console.log(`concurrency trial: ${rounds} rounds of 2 writers, ${broken} broken`);
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = partial + broken > 0 ? 1 : 0;
})();
