// Re-scoring from 扣分明细 after rows were inserted or deleted: every finding follows its item, or is reported.
import { join } from "path";
import { FINDINGS_2014, NAMES_2014, SCORES_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { kaohe, kaoheJson, writeJson } from "./run";

interface ScoreJson {
  total: number;
  items: { row: number; name: string; score: number | null }[];
  problems: { severity: string; code: string; message: string }[];
}

async function scoredCopy(dir: string): Promise<string> {
  const input = await fx.writeWorkbook(fx.clean2014(), dir, "in.xlsx");
  const out = join(dir, "scored.xlsx");
  expect((await kaohe("score", input, "--findings", writeJson(dir, "f.json", FINDINGS_2014), "--out", out)).code).toBe(0);
  return out;
}

it("a row inserted above the items: the same scores by item, each move reported", async () => {
  const dir = fx.makeTempDir();
  const wb = await fx.readBack(await scoredCopy(dir));
  const ws = wb.getWorksheet("苏木镇考核")!;
  ws.insertRow(2, ["新增项目", null, "未落实的扣1分", null, 1, null]);
  ws.getCell("E14").value = 101;
  const moved = await fx.writeWorkbook(wb, dir, "moved.xlsx");

  const { code, json } = await kaoheJson<ScoreJson>("score", moved, "--out", join(dir, "again.xlsx"), "--force");
  expect(code).toBe(0);
  const byName = Object.fromEntries(json.items.map((i) => [i.name, i.score]));
  expect(byName).toEqual({ 新增项目: 1, ...Object.fromEntries(NAMES_2014.map((n, i) => [n, SCORES_2014[i]])) });
  expect(json.problems.filter((p) => p.code === "log-finding-moved")).toHaveLength(5); // the 5 items with findings
});

it("a deleted item: its finding is reported, not moved onto the item that now has its row", async () => {
  const dir = fx.makeTempDir();
  const wb = await fx.readBack(await scoredCopy(dir));
  const ws = wb.getWorksheet("苏木镇考核")!;
  ws.spliceRows(3, 1); // 党员队伍建设 (one finding: 信息库, −3)
  const gone = await fx.writeWorkbook(wb, dir, "gone.xlsx");

  const { code, json } = await kaoheJson<ScoreJson>("score", gone, "--out", join(dir, "again.xlsx"), "--force");
  expect(code).toBe(0);
  const lost = json.problems.filter((p) => p.code === "log-finding-lost");
  expect(lost).toHaveLength(1);
  expect(lost[0]?.message).toContain("党员队伍建设");
  // 党员干部教育管理 moved up to row 3 and keeps its own finding (少一次 ×2), not 党员队伍建设's.
  expect(json.items.find((i) => i.name === "党员干部教育管理")).toMatchObject({ row: 3, score: 9 });
});
