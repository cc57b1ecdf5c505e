import { rubric2014, NAMES_2014, POINTS_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { expectUserError, kaohe, kaoheJson, writeJson } from "./run";

interface InspectJson {
  sheet: string;
  unit: string | null;
  rubric: string | null;
  headerRow: number;
  columns: Record<string, string | null>;
  items: { row: number; name: string; points: number | null; clauses: { text: string; kind: string; amount: number | null; unit?: string; maxCount?: number; except?: string[] }[] }[];
  declaredTotal: number | null;
  pointsSum: number;
  problems: { severity: string; code: string; cell: string | null; message: string }[];
}

let dir: string;
let messy: string;
let several: string;
let dorm: string;
beforeAll(async () => {
  dir = fx.makeTempDir();
  messy = await fx.writeWorkbook(fx.messy2014(), dir, "嵯岗镇.xlsx");
  several = await fx.writeWorkbook(fx.severalSheets(), dir, "several.xlsx");
  dorm = await fx.writeWorkbook(fx.pointsInItemText(), dir, "dorm.xlsx");
});

describe("kaohe inspect", () => {
  it("--json gives the layout, columns as letters, items with clauses, totals and problems", async () => {
    const { code, json } = await kaoheJson<InspectJson>("inspect", messy);
    expect(code).toBe(0);
    expect(json).toMatchObject({ sheet: "Sheet1", unit: "嵯岗镇", rubric: "2014-sumu-town", headerRow: 3, declaredTotal: 100, pointsSum: 100 });
    // The one problem: which bundled rubric was applied, and why (the sheet's title is the rubric's).
    expect(json.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([["info", "rubric-applied", null]]);
    expect(json.problems[0]?.message).toContain("表格标题与细则标题相同");
    expect(json.columns).toEqual({
      index: null,
      item: "B",
      requirement: "D",
      criteria: "A",
      method: "F",
      points: "C",
      score: "E",
      deduction: null,
      note: null,
      selfScore: null,
    });
    expect(json.items.map((i) => [i.row, i.name, i.points])).toEqual(NAMES_2014.map((n, i) => [4 + i, n, POINTS_2014[i]]));
    const rubric = rubric2014();
    expect(json.items.map((i) => i.clauses.map((c) => [c.text, c.kind, c.amount]))).toEqual(
      rubric.items.map((i) => i.clauses.map((c) => [c.text, c.kind, c.amount])),
    );
  });

  it("takes the per-occurrence cap and the exception from the matching rubric", async () => {
    const { json } = await kaoheJson<InspectJson>("inspect", messy);
    expect(json.items[2]?.clauses[1]).toMatchObject({ kind: "per", amount: 0.5, unit: "次", maxCount: 3 });
    expect(json.items[5]?.clauses[0]?.except).toEqual(["嵯岗", "罕达盖"]);
  });

  it("prints a readable summary without --json", async () => {
    const r = await kaohe("inspect", messy);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("被考核单位：嵯岗镇");
    expect(r.stdout).toContain("表头：第 3 行");
    expect(r.stdout).toContain("项目 11 个，分值合计 100");
    expect(r.stdout).toContain("第9行  10分  后进嘎查党组织整顿及嘎查活动场所建设情况");
    expect(r.stdout).toContain("嵯岗、罕达盖除外");
    expect(r.stderr).toBe("");
  });

  it("uses the first sheet holding a table, or the one --sheet names", async () => {
    expect((await kaoheJson<InspectJson>("inspect", several)).json.sheet).toBe("评分表");
    expect((await kaoheJson<InspectJson>("inspect", several, "--sheet", "评分表")).json.items).toHaveLength(11);
    expectUserError(await kaohe("inspect", several, "--sheet", "填表说明"), 2, /工作表「填表说明」中没有找到考核评分表/);
    expectUserError(await kaohe("inspect", several, "--sheet", "第二页"), 2, /没有名为「第二页」的工作表。现有工作表：填表说明、评分表、Sheet3/);
  });

  it("reads a sheet no rubric matches from its text alone", async () => {
    const { code, json } = await kaoheJson<InspectJson>("inspect", dorm);
    expect(code).toBe(0);
    expect(json.rubric).toBeNull();
    expect(json.columns.points).toBeNull();
    expect(json.items.map((i) => [i.name, i.points])).toEqual([
      ["床铺", 20],
      ["地面", 30],
      ["桌面", 25],
      ["门窗", 25],
    ]);
  });

  it("--rubric loads a rubric file by path, and rejects an invalid one naming the JSON path", async () => {
    const good = writeJson(dir, "good.json", rubric2014());
    expect((await kaoheJson<InspectJson>("inspect", messy, "--rubric", good)).json.rubric).toBe("2014-sumu-town");
    const broken = rubric2014() as unknown as { items: { points: unknown }[] };
    if (broken.items[2]) broken.items[2].points = "十分";
    const bad = writeJson(dir, "bad.json", broken);
    expectUserError(await kaohe("inspect", messy, "--rubric", bad), 2, /细则文件 .*bad\.json 无效：.*items\[2\]\.points/);
  });
});
