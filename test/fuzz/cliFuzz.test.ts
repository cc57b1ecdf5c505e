// The fuzz cases through the real command and real .xlsx files: score never crashes, check of its output agrees.
import { join } from "path";
import { Workbook } from "exceljs";
import { fuzzCase, runCase } from "../../bench/fuzz";
import type { FuzzCase } from "../../bench/fuzz";
import { inspectSheet, resolveFindings } from "../../src/core";
import type { Finding } from "../../src/core";
import * as fx from "../fixtures/workbooks";
import { kaohe, kaoheJson, writeJson } from "../cli/run";

interface CheckJson {
  problems: { severity: string; code: string; cell: string | null }[];
}

function workbookOf(c: FuzzCase): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet(c.grid.name);
  c.grid.values.forEach((row, r) =>
    row.forEach((value, col) => {
      const formula = c.grid.formulas?.[r]?.[col];
      if (formula) ws.getCell(r + 1, col + 1).value = { formula: formula.slice(1), result: typeof value === "number" ? value : undefined };
      else if (value !== null) ws.getCell(r + 1, col + 1).value = value;
    }),
  );
  for (const m of c.grid.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return wb;
}

/** Only findings the command accepts (it refuses the whole file when one is wrong, which is tested elsewhere). */
function acceptedFindings(c: FuzzCase): Finding[] {
  const model = inspectSheet(c.grid);
  return c.findings.filter((f) => resolveFindings(model, [f]).problems.every((p) => p.severity !== "error"));
}

const errors = (json: CheckJson) => json.problems.filter((p) => p.severity === "error").map((p) => `${p.code} ${p.cell ?? ""}`);

it("25 random sheets: score --force exits 0 without a stack trace, check finds no new error", async () => {
  const dir = fx.makeTempDir();
  let scored = 0;
  for (let seed = 1; scored < 25; seed++) {
    const c = fuzzCase(seed);
    if (runCase(c) !== null) continue; // a known layout misread, reported by the in-memory fuzz
    const findings = acceptedFindings(c);
    if (findings.length === 0) continue;
    const input = await fx.writeWorkbook(workbookOf(c), dir, `${seed}.xlsx`);
    const out = join(dir, `${seed}.out.xlsx`);
    const before = await kaoheJson<CheckJson>("check", input);
    const r = await kaohe("score", input, "--findings", writeJson(dir, `${seed}.json`, { findings }), "--force", "--out", out);
    expect({ seed, code: r.code, stderr: r.stderr }).toEqual({ seed, code: 0, stderr: "" });
    const after = await kaoheJson<CheckJson>("check", out);
    const fresh = errors(after.json).filter((e) => !errors(before.json).includes(e));
    expect({ seed, fresh }).toEqual({ seed, fresh: [] });
    scored++;
  }
}, 60_000);
