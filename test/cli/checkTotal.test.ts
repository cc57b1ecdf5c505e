// check prints the total and the declared maximum; inspect and check report the same problems on the same file.
import { FILLED } from "../fixtures/workbooks";
import * as fx from "../fixtures/workbooks";
import { kaohe, kaoheJson } from "./run";

interface Report {
  total?: number | null;
  max?: number;
  problems: { severity: string; code: string; cell: string | null; message: string }[];
}

let dir: string;
beforeAll(() => {
  dir = fx.makeTempDir();
});

describe("check prints the total", () => {
  it("text and --json give the total row's score and the declared total", async () => {
    const path = await fx.writeWorkbook(fx.filled2014(), dir, "filled.xlsx");
    const text = await kaohe("check", path);
    expect(text.stdout).toContain("总分：90/100");
    const { json } = await kaoheJson<Report>("check", path);
    expect(json).toMatchObject({ total: 90, max: 100 });
  });

  it("without a total row's score, the sum of the item scores; a blank sheet says 未填写", async () => {
    const wb = fx.fullMarks2014();
    wb.getWorksheet("苏木镇考核")!.getCell(FILLED.totalRow, 6).value = null;
    wb.getWorksheet("苏木镇考核")!.getCell(2, 6).value = 7;
    const path = await fx.writeWorkbook(wb, dir, "nototal.xlsx");
    expect((await kaoheJson<Report>("check", path)).json).toMatchObject({ total: 97, max: 100 });

    const blank = await fx.writeWorkbook(fx.clean2014(), dir, "blank.xlsx");
    expect((await kaoheJson<Report>("check", blank)).json).toMatchObject({ total: null, max: 100 });
    expect((await kaohe("check", blank)).stdout).toContain("总分：（未填写）/100");
  });
});

describe("inspect and check: one list of problems", () => {
  const key = (p: Report["problems"][number]) => `${p.severity} ${p.code} ${p.cell ?? ""} ${p.message}`;

  it.each([
    ["filled with wrong scores", fx.filled2014],
    ["full marks", fx.fullMarks2014],
    ["blank", fx.clean2014],
  ])("%s", async (name, build) => {
    const path = await fx.writeWorkbook(build(), dir, `${name}.xlsx`);
    const inspect = await kaoheJson<Report>("inspect", path);
    const check = await kaoheJson<Report>("check", path);
    expect(inspect.json.problems.map(key)).toEqual(check.json.problems.map(key));
  });

  it("inspect no longer says 问题：无 where check reports errors", async () => {
    const path = await fx.writeWorkbook(fx.filled2014(), dir, "filled-text.xlsx");
    const inspect = await kaohe("inspect", path);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).not.toContain("问题：无");
    expect(inspect.stdout).toMatch(/错误 F4 .*12/);
    expect(inspect.stdout).toMatch(/错误 F13 .*90/);
  });
});
