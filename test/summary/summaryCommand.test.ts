// `kaohe summary`, `feedback` and `combine` over files made by `kaohe template` + `kaohe score`.
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { LOG_SHEET_NAME, scoredUnitsFromGrids } from "../../src/core";
import type { CellValue, SheetGrid } from "../../src/core";
import { openWorkbook } from "../../src/xlsx/package";
import { filesIn, kaohe, kaoheJson, writeJson } from "../cli/run";
import * as fx from "../fixtures/workbooks";

interface Row {
  unit: string;
  class: string | null;
  total: number;
  totalText: string;
  rank: number;
  classRank: number | null;
  bandGrade: string;
  grade: string;
  items: (number | null)[];
}
interface SummaryJson {
  title: string;
  items: { name: string; points: number }[];
  rows: Row[];
  quotas: { grade: string; limit: number; dropped: string[]; tie: { total: number; units: string[]; rule: string } | null }[];
  analysis: {
    items: { item: string; lost: number; unitsLost: number }[];
    clauses: { item: string; clause: string; units: number; lost: number }[];
  };
  unread: { source: string; reason: string }[];
  written: string | null;
}

const FINDINGS: Record<string, { item: string; clause: string; count?: number; note?: string }[]> = {
  // 100 − 5 − 0.5 × 2 = 94
  嵯岗镇: [
    { item: "党员队伍建设", clause: "发展党员工作不规范" },
    { item: "党员干部教育管理", clause: "少一次", count: 2, note: "缺两次集中活动" },
  ],
  // 100 − 2 − 4 = 94
  阿木古郎镇: [
    { item: "党员队伍建设", clause: "没制定发展党员工作计划" },
    { item: "党代表发挥作用情况", clause: "党代表作用发挥不明显" },
  ],
  // 100 − 2 × 3 − 3 − 2 = 89
  新华社区: [
    { item: "精品社区", clause: "1个社区办公活动场所", count: 3 },
    { item: "后进嘎查", clause: "软弱涣散" },
    { item: "服务型党组织建设", clause: "便民服务大厅作用" },
  ],
};

const SETTINGS = {
  title: "2014年度党建工作考核结果汇总表",
  quotas: [{ grade: "优秀", maxShare: 0.34, ties: "drop" }],
  rankStyle: "chinese",
  classes: [
    { name: "苏木镇", units: ["嵯岗镇", "阿木古郎镇"] },
    { name: "社区", units: ["新华社区"] },
  ],
};

let dir: string;
let units: string;
let settings: string;

beforeAll(async () => {
  dir = fx.makeTempDir("kaohe-summary-");
  units = join(dir, "units");
  mkdirSync(units);
  for (const [unit, findings] of Object.entries(FINDINGS)) {
    const blank = join(dir, `${unit}.xlsx`);
    expect((await kaohe("template", "2014-sumu-town", "--unit", unit, "--out", blank)).code).toBe(0);
    const f = writeJson(dir, `${unit}.findings.json`, { unit, findings });
    expect((await kaohe("score", blank, "--findings", f, "--out", join(units, `${unit}.xlsx`))).code).toBe(0);
  }
  settings = writeJson(dir, "settings.json", SETTINGS);
}, 60000);

describe("kaohe summary", () => {
  it("ranks, grades with the quota tie rule, classes and the loss analysis; writes 汇总 and 失分分析", async () => {
    const out = join(dir, "汇总.xlsx");
    const { code, json } = await kaoheJson<SummaryJson>("summary", units, "--settings", settings, "--out", out);
    expect(code).toBe(0);
    expect(json.title).toBe("2014年度党建工作考核结果汇总表");
    expect(json.items).toHaveLength(11);
    // Files are read in name order: 嵯岗镇, 新华社区, 阿木古郎镇 (zh collation).
    const byUnit = Object.fromEntries(json.rows.map((r) => [r.unit, r]));
    expect(byUnit["嵯岗镇"]).toMatchObject({
      total: 94,
      totalText: "94.00",
      rank: 1,
      class: "苏木镇",
      classRank: 1,
      bandGrade: "优秀",
      grade: "良好",
    });
    expect(byUnit["阿木古郎镇"]).toMatchObject({ total: 94, rank: 1, classRank: 1, bandGrade: "优秀", grade: "良好" });
    expect(byUnit["新华社区"]).toMatchObject({ total: 89, totalText: "89.00", rank: 2, class: "社区", classRank: 1, grade: "良好" });
    expect(byUnit["新华社区"].items[8]).toBe(4);
    expect(json.quotas).toEqual([
      expect.objectContaining({
        grade: "优秀",
        limit: 1,
        dropped: expect.arrayContaining(["嵯岗镇", "阿木古郎镇"]),
        tie: expect.objectContaining({ total: 94, rule: "drop" }),
      }),
    ]);
    const lost = Object.fromEntries(json.analysis.items.map((i) => [i.item, [i.lost, i.unitsLost]]));
    expect(lost["党员队伍建设"]).toEqual([7, 2]);
    expect(json.analysis.clauses[0]).toMatchObject({ item: "精品社区创建、社区活动阵地建设", units: 1, lost: 6 });
    expect(json.unread).toEqual([]);
    expect(json.written).toBe(out);

    const wb = await fx.readBack(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "失分分析"]);
    const ws = wb.getWorksheet("汇总");
    expect(ws?.getCell("A1").value).toBe("2014年度党建工作考核结果汇总表");
    expect(ws?.getCell("B2").value).toBe("单位");
    expect(ws?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "2:2" });
  });

  it("lists files it cannot read with their reason and summarises the others (exit 1)", async () => {
    const mixed = join(dir, "mixed");
    mkdirSync(mixed);
    for (const f of filesIn(units)) writeFileSync(join(mixed, f), readFileSync(join(units, f)));
    writeFileSync(join(mixed, "坏文件.xlsx"), "not a workbook");
    expect((await kaohe("template", "2014-sumu-town", "--unit", "未评镇", "--out", join(mixed, "未评镇.xlsx"))).code).toBe(0);
    const r = await kaohe("summary", mixed, join(dir, "没有这个.xlsx"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("有 3 个文件或工作表未能读取");
    expect(r.stderr).toContain(`${join(mixed, "坏文件.xlsx")}：`);
    expect(r.stderr).toContain(`${join(mixed, "未评镇.xlsx")}：尚未评分`);
    expect(r.stderr).toContain(`${join(dir, "没有这个.xlsx")}：文件或文件夹不存在`);
    expect(r.stdout).toMatch(/嵯岗镇\s+94\.00\s+1\s+优秀/);
    expect(r.stdout).toMatch(/新华社区\s+89\.00\s+3\s+良好/);
  });

  it("writes nothing when the settings are invalid, naming the JSON path", async () => {
    const bad = writeJson(dir, "bad-settings.json", { quotas: [{ grade: "特优", maxShare: 0.2 }], rankStyle: "dense" });
    const out = join(dir, "不应写出.xlsx");
    const r = await kaohe("summary", units, "--settings", bad, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("$.rankStyle：应为 standard、chinese 之一");
    expect(filesIn(dir)).not.toContain("不应写出.xlsx");
  });

  it("reads unit sheets inside one workbook with one 扣分明细", async () => {
    const grids: SheetGrid[] = [];
    const log: CellValue[][] = [];
    for (const f of filesIn(units)) {
      const opened = openWorkbook(new Uint8Array(readFileSync(join(units, f))));
      grids.push(...opened.grids.filter((g) => g.name !== LOG_SHEET_NAME));
      const rows = opened.grids.find((g) => g.name === LOG_SHEET_NAME)?.values ?? [];
      log.push(...(log.length === 0 ? rows : rows.slice(1)));
    }
    const read = scoredUnitsFromGrids([...grids, { name: LOG_SHEET_NAME, values: log }], { source: "全部.xlsx" });
    expect(read.unread).toEqual([]);
    expect(read.units.map((u) => [u.unit, u.source, u.items.reduce((s, it) => s + (it.score ?? 0), 0)])).toEqual([
      ["嵯岗镇", "全部.xlsx › 嵯岗镇", 94],
      ["新华社区", "全部.xlsx › 新华社区", 89],
      ["阿木古郎镇", "全部.xlsx › 阿木古郎镇", 94],
    ]);
    expect(read.units[0].findings.map((d) => [d.item, d.clause, d.count, d.effect, d.note])).toEqual([
      ["党员队伍建设", "发展党员工作不规范、材料不齐全的扣5分", 1, -5, ""],
      ["党员干部教育管理", "集中活动记录，少一次扣0.5分", 2, -1, "缺两次集中活动"],
    ]);
  });
});

describe("kaohe feedback and combine", () => {
  it("feedback: one block per unit with its deductions as written, page breaks between units", async () => {
    const out = join(dir, "反馈单.xlsx");
    const { code, json } = await kaoheJson<{
      feedback: { unit: string; rank: number; grade: string; deductions: { clause: string; effect: number }[] }[];
    }>("feedback", units, "--settings", settings, "--out", out);
    expect(code).toBe(0);
    const xinhua = json.feedback.find((f) => f.unit === "新华社区");
    // In the sheet's item order, whatever order they were found in.
    expect(xinhua?.deductions.map((d) => [d.clause, d.effect])).toEqual([
      ["软弱涣散党组织没能转化的扣3分", -3],
      ["便民服务大厅作用发挥不好的扣2分", -2],
      ["1个社区办公活动场所面积没达标的扣2分", -6],
    ]);
    const wb = await fx.readBack(out);
    const ws = wb.getWorksheet("反馈单");
    const texts: string[] = [];
    ws?.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
    expect(texts.filter((t) => t.startsWith("被考核单位："))).toHaveLength(3);
    // exceljs does not read page breaks back: look at the sheet's XML.
    const sheetXml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).toMatch(/<rowBreaks count="2"/);
    const workbookXml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["xl/workbook.xml"]);
    expect(workbookXml).toContain("_xlnm.Print_Titles");
  });

  it("combine: three assessors' files of one unit, trimmed mean", async () => {
    const assessors = join(dir, "assessors");
    mkdirSync(assessors);
    const scorings: [string, { item: string; clause: string; count?: number }[]][] = [
      ["张", []], // 100
      ["李", [{ item: "党员队伍建设", clause: "发展党员工作不规范" }]], // 95
      [
        "王",
        [
          { item: "党代表发挥作用情况", clause: "党代表作用发挥不明显" },
          { item: "党员队伍建设", clause: "没制定发展党员工作计划" },
        ],
      ], // 94
    ];
    for (const [who, findings] of scorings) {
      const blank = join(assessors, `${who}-blank.xlsx`);
      await kaohe("template", "2014-sumu-town", "--unit", "嵯岗镇", "--out", blank);
      const f = writeJson(assessors, `${who}.json`, { unit: "嵯岗镇", findings });
      const r = await kaohe("score", blank, "--findings", f, "--out", join(assessors, `嵯岗镇-${who}.xlsx`));
      expect(r.code).toBe(0);
    }
    const trimmed = writeJson(dir, "trimmed.json", { combine: { method: "trimmedMean" } });
    const files = ["张", "李", "王"].map((w) => join(assessors, `嵯岗镇-${w}.xlsx`));
    const { code, json } = await kaoheJson<{
      combined: { unit: string; total: number; parts: { total: { value: number; method: string; dropped: number[] } }[] }[];
    }>("combine", ...files, "--settings", trimmed);
    expect(code).toBe(0);
    expect(json.combined).toHaveLength(1);
    expect(json.combined[0].parts[0].total).toEqual({ value: 95, method: "trimmedMean", dropped: [94, 100] });
    expect(json.combined[0].total).toBe(95);

    // 考核组: 张 100 and 李 95 → 97.5; 平时考核: 王 94 → 97.5 × 0.6 + 94 × 0.4 = 96.1.
    for (const part of ["考核组", "平时考核"]) mkdirSync(join(dir, part));
    const placed = [join(dir, "考核组", "张.xlsx"), join(dir, "考核组", "李.xlsx"), join(dir, "平时考核", "王.xlsx")];
    files.forEach((f, i) => writeFileSync(placed[i], readFileSync(f)));
    const weighted = writeJson(dir, "weighted.json", {
      parts: [
        { name: "考核组", weight: 0.6 },
        { name: "平时考核", weight: 0.4 },
      ],
    });
    const out = join(dir, "合并.xlsx");
    const r = await kaoheJson<{
      combined: { total: number; parts: { part: string; total: { value: number } }[] }[];
      summary: { rows: { totalText: string; grade: string }[] };
    }>("combine", join(dir, "考核组"), join(dir, "平时考核"), "--settings", weighted, "--out", out);
    expect(r.json.combined[0].parts.map((p) => [p.part, p.total.value])).toEqual([
      ["考核组", 97.5],
      ["平时考核", 94],
    ]);
    expect(r.json.combined[0].total).toBe(96.1);
    expect(r.json.summary.rows[0]).toMatchObject({ totalText: "96.10", grade: "优秀" });
    expect((await fx.readBack(out)).worksheets.map((w) => w.name)).toEqual(["汇总", "评分人明细"]);
  }, 30000);
});
