// A workbook with macros is written only under a macro-enabled name: Excel refuses an .xlsx holding vbaProject.bin.
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kaohe, writeJson } from "../cli/run";
import { FIXTURES } from "./packages";

it("refuses --out *.xlsx for an .xlsm input, naming both, and writes nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-xlsm-"));
  const input = join(dir, "macro.xlsm");
  copyFileSync(join(FIXTURES, "macro.xlsm"), input);
  const findings = writeJson(dir, "f.json", { findings: [{ item: "党员队伍建设", clause: "专门电脑" }] });
  const out = join(dir, "macro.scored.xlsx");
  const r = await kaohe("score", input, "--findings", findings, "--out", out);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("含有宏");
  expect(r.stderr).toContain(out);
  expect(existsSync(out)).toBe(false);
  const ok = await kaohe("score", input, "--findings", findings, "--out", join(dir, "macro.scored.xlsm"));
  expect(ok.code).toBe(0);
});
