// --columns sets or removes column roles by hand on inspect, score and check.
import { join } from "path";
import { FINDINGS_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { expectUserError, kaohe, kaoheJson, writeJson } from "./run";

interface InspectJson {
  columns: Record<string, string | null>;
  items: { name: string }[];
  problems: { severity: string; code: string }[];
}

let path: string;
let dir: string;
beforeAll(async () => {
  dir = fx.makeTempDir();
  path = await fx.writeWorkbook(fx.clean2014(), dir, "in.xlsx");
});

describe("--columns", () => {
  it("inspect: item=B reads the names from column B; score=- removes the score column", async () => {
    const plain = await kaoheJson<InspectJson>("inspect", path);
    expect(plain.json.columns).toMatchObject({ item: "A", score: "F" });

    const { code, json } = await kaoheJson<InspectJson>("inspect", path, "--columns", "item=B,score=-");
    expect(code).toBe(0);
    expect(json.columns).toMatchObject({ item: "B", score: null, criteria: "C", points: "E" });
    expect(json.items[0]?.name).toMatch(/^党建工作有计划、有总结/);
    expect(json.problems.map((p) => p.code)).toContain("score-column-missing");
  });

  it("check and score take it too (Chinese role names as well): score=E makes the points column the score column", async () => {
    const check = await kaoheJson<{ total: number | null; max: number }>("check", path, "--columns", "得分=E");
    expect(check.json).toMatchObject({ total: 100, max: 100 });
    const text = await kaohe("check", path, "--columns", "得分=E");
    expect(text.stdout).toMatch(/总分：100\/100/);

    const findings = writeJson(dir, "f.json", FINDINGS_2014);
    const out = join(dir, "scored.xlsx");
    const r = await kaohe("score", path, "--findings", findings, "--columns", "score=G", "--out", out);
    expect(r.code).toBe(0);
    const ws = (await fx.readBack(out)).getWorksheet("苏木镇考核");
    expect(ws?.getCell("F2").value).toBeNull();
    expect(typeof ws?.getCell("G2").value).toBe("number");
  });

  it.each([
    ["foo=B", /--columns 中「foo=B」有误：.*item/],
    ["item", /--columns 中「item」有误/],
    ["item=1", /「1」不是列字母/],
    ["points=XFE", /「XFE」不是列字母/],
    [",", /--columns 中「,」有误/],
  ])("%s is one Chinese usage error, exit 2", async (spec, pattern) => {
    const r = await kaohe("inspect", path, "--columns", spec);
    expectUserError(r, 2, pattern);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
