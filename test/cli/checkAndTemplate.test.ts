import { existsSync } from "fs";
import { join } from "path";
import { NAMES_2014, rubric2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { expectUserError, kaohe, kaoheJson, writeJson } from "./run";

interface Problems {
  sheet: string;
  problems: { severity: string; code: string; cell: string | null; message: string }[];
}

let dir: string;
beforeAll(() => {
  dir = fx.makeTempDir();
});

describe("kaohe check", () => {
  it("exits 1 on a filled sheet with errors and lists each problem with its cell", async () => {
    const path = await fx.writeWorkbook(fx.filled2014(), dir, "filled.xlsx");
    const { code, json } = await kaoheJson<Problems>("check", path);
    expect(code).toBe(1);
    expect(json.sheet).toBe("苏木镇考核");
    expect(json.problems.map((p) => [p.severity, p.code, p.cell])).toEqual(
      expect.arrayContaining([
        ["warning", "score-as-text", "F3"],
        ["error", "score-out-of-range", "F4"],
        ["warning", "score-blank", "F7"],
        ["error", "total-mismatch", "F13"],
      ]),
    );
    const text = await kaohe("check", path);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/错误 F4 .*12/);
    expect(text.stdout).toMatch(/警告 F3 /);
  });

  it("exits 0 on a sheet filled with full marks", async () => {
    const path = await fx.writeWorkbook(fx.fullMarks2014(), dir, "full.xlsx");
    const { code, json } = await kaoheJson<Problems>("check", path);
    expect(code).toBe(0);
    expect(json.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reports points that do not add up to the declared total", async () => {
    const wb = fx.clean2014();
    wb.getWorksheet("苏木镇考核")!.getCell("E13").value = 110;
    const path = await fx.writeWorkbook(wb, dir, "points.xlsx");
    const { code, json } = await kaoheJson<Problems>("check", path);
    expect(code).toBe(1);
    expect(json.problems.map((p) => p.code)).toContain("points-sum-mismatch");
  });
});

describe("kaohe template", () => {
  it("writes the blank 2014 sheet that inspect then reads as the 2014 table", async () => {
    const out = join(dir, "嵯岗镇.xlsx");
    const r = await kaohe("template", join(__dirname, "../../rubrics/2014-sumu-town.json"), "--unit", "嵯岗镇", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写出 ${out}`);
    const { json } = await kaoheJson<{ unit: string; headerRow: number; items: { name: string }[]; rubric: string }>("inspect", out);
    expect(json).toMatchObject({ unit: "嵯岗镇", headerRow: 3, rubric: "2014-sumu-town" });
    expect(json.items.map((i) => i.name)).toEqual(NAMES_2014);
  });

  it("accepts a bundled rubric's id", async () => {
    const out = join(dir, "by-id.xlsx");
    expect((await kaohe("template", "2014-sumu-town", "--out", out)).code).toBe(0);
    expect((await fx.readBack(out)).worksheets[0]?.getCell("A1").value).toBe("2014年度苏木镇基层党建工作考核评分细则");
  });

  it("rejects an invalid rubric naming the JSON path, and writes nothing", async () => {
    const broken = rubric2014() as unknown as { items: { clauses: { kind: string }[] }[] };
    const clause = broken.items[1]?.clauses[0];
    if (clause) clause.kind = "fine";
    const path = writeJson(dir, "broken.json", broken);
    const out = join(dir, "never.xlsx");
    expectUserError(await kaohe("template", path, "--out", out), 2, /无效：.*items\[1\]\.clauses\[0\]\.kind/);
    expect(existsSync(out)).toBe(false);
  });

  it("rejects a missing rubric file", async () => {
    expectUserError(await kaohe("template", join(dir, "none.json")), 2, /找不到文件/);
  });
});

describe("kaohe --help", () => {
  it("prints the Chinese help with every command and examples", async () => {
    const r = await kaohe("--help");
    expect(r.code).toBe(0);
    for (const text of ["用法：", "kaohe inspect", "kaohe score", "kaohe check", "kaohe template", "示例：", "findings.json", "--force"]) {
      expect(r.stdout).toContain(text);
    }
  });

  it.each(["inspect", "score", "check", "template"])("%s --help prints that command's help", async (command) => {
    const r = await kaohe(command, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`kaohe ${command}`)).toBe(true);
    expect(r.stdout).toContain("示例：");
  });
});
