// With --force on a sheet whose 得分 cells hold formulas, what is printed is what is written.
import { join } from "path";
import { FINDINGS_2014, rubric2014, SCORES_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { kaohe, kaoheJson, writeJson } from "./run";

interface ScoreJson {
  total: number;
  totalWritten: boolean;
  items: { row: number; score: number | null; written: boolean }[];
  problems: { severity: string; code: string; cell: string | null }[];
}

/** clean2014 with =E<r> in every 得分 cell (full marks by formula) and no 扣分 column for them to use. */
function formulaScores() {
  const wb = fx.clean2014();
  const ws = wb.getWorksheet("苏木镇考核")!;
  rubric2014().items.forEach((item, i) => (ws.getCell(i + 2, 6).value = { formula: `E${i + 2}`, result: item.points }));
  return wb;
}

it("formula cells kept with --force are reported as not written, and so is the total", async () => {
  const dir = fx.makeTempDir();
  const input = await fx.writeWorkbook(formulaScores(), dir, "formulas.xlsx");
  const findings = writeJson(dir, "f.json", FINDINGS_2014);

  const refused = await kaohe("score", input, "--findings", findings);
  expect(refused.code).toBe(1);

  const out = join(dir, "out.xlsx");
  const { code, json } = await kaoheJson<ScoreJson>("score", input, "--findings", findings, "--force", "--out", out);
  expect(code).toBe(0);
  expect(json.items.map((i) => i.score)).toEqual(SCORES_2014);
  expect(json.items.every((i) => i.written === false)).toBe(true);
  expect(json.totalWritten).toBe(false);
  const kept = json.problems.filter((p) => p.code === "score-formula-kept");
  expect(kept.map((p) => [p.severity, p.cell])).toEqual(SCORES_2014.map((_s, i) => ["warning", `F${i + 2}`]));

  const ws = (await fx.readBack(out)).getWorksheet("苏木镇考核")!;
  expect(ws.getCell("F3").value).toMatchObject({ formula: "E3" });
  expect(ws.getCell("F13").value).toBeNull();

  const text = await kaohe("score", input, "--findings", findings, "--force", "--out", join(dir, "out2.xlsx"));
  expect(text.stdout).toMatch(/第3行 {2}7\/10 .*（未写入该单元格，原因见问题列表）/);
  expect(text.stdout).toMatch(/总分：75\/100　（合计未写入/);
});
