import { existsSync } from "fs";
import { join } from "path";
import { LOG_HEADER, LOG_SHEET_NAME } from "../../src/core";
import { FINDINGS_2014, SCORES_2014, TOTAL_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { expectUserError, filesIn, fingerprint, kaohe, kaoheJson, writeJson } from "./run";

interface ScoreJson {
  sheet: string;
  unit: string | null;
  total: number;
  max: number;
  items: { row: number; name: string; points: number | null; deducted: number; score: number | null; capped: boolean }[];
  problems: { severity: string; code: string; cell: string | null }[];
  out: string;
}

let dir: string;
let findings: string;
beforeAll(() => {
  dir = fx.makeTempDir();
  findings = writeJson(dir, "findings.json", FINDINGS_2014);
});

async function sheetFile(name: string, wb = fx.messy2014()): Promise<string> {
  return fx.writeWorkbook(wb, fx.makeTempDir(), name);
}

describe("kaohe score", () => {
  it("writes <name>.scored.xlsx with scores, the kept SUM formula and the log; the input is untouched", async () => {
    const input = await sheetFile("嵯岗镇.xlsx");
    const before = fingerprint(input);
    const { code, json } = await kaoheJson<ScoreJson>("score", input, "--findings", findings);
    expect(code).toBe(0);
    const out = join(input, "..", "嵯岗镇.scored.xlsx");
    expect(json).toMatchObject({ sheet: "Sheet1", unit: "嵯岗镇", total: TOTAL_2014, max: 100, out });
    expect(json.items.map((i) => [i.row, i.score])).toEqual(SCORES_2014.map((s, i) => [4 + i, s]));
    expect(json.items[8]).toMatchObject({ points: 10, deducted: 10, score: 0, capped: true });
    expect(json.items[5]).toMatchObject({ deducted: 7, score: 3, capped: false });
    expect(fingerprint(input)).toEqual(before);

    const wb = await fx.readBack(out);
    const ws = wb.getWorksheet("Sheet1");
    expect(SCORES_2014.map((_s, i) => ws?.getCell(4 + i, 5).value)).toEqual(SCORES_2014);
    expect(ws?.getCell("E15").value).toMatchObject({ formula: "SUM(E4:E14)" });
    const log = wb.getWorksheet(LOG_SHEET_NAME);
    expect(log?.getRow(1).values).toEqual([undefined, ...LOG_HEADER]);
    expect(log?.actualRowCount).toBe(1 + FINDINGS_2014.findings.length);
  });

  it("prints the scores and where it wrote them", async () => {
    const input = await sheetFile("嵯岗镇.xlsx");
    const r = await kaohe("score", input, "--findings", findings, "--out", join(dir, "text.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`总分：${TOTAL_2014}/100`);
    expect(r.stdout).toContain(`已写出 ${join(dir, "text.xlsx")}`);
  });

  it("--unit overrides the findings' unit: 阿木古郎镇 is not excepted from row 6's first clause", async () => {
    const input = await sheetFile("阿木古郎镇.xlsx");
    const { json } = await kaoheJson<ScoreJson>("score", input, "--findings", findings, "--unit", "阿木古郎镇");
    expect(json.unit).toBe("阿木古郎镇");
    expect(json.items[5]?.score).toBe(1);
    expect(json.total).toBe(TOTAL_2014 - 2);
  });

  it("writes into the master cells of layout (b)", async () => {
    const input = await sheetFile("b.xlsx", fx.clausePerRow2014());
    const out = join(dir, "b.out.xlsx");
    expect((await kaohe("score", input, "--findings", findings, "--out", out)).code).toBe(0);
    const ws = (await fx.readBack(out)).getWorksheet("苏木镇考核");
    fx.clausePerRowSpans().forEach((span, i) => expect(ws?.getCell(span.row, 6).value).toBe(SCORES_2014[i]));
    expect(ws?.getCell("F52").value).toBe(TOTAL_2014);
  });

  it("adds a 得分 column when the sheet has none", async () => {
    const input = await sheetFile("noscore.xlsx", fx.noScoreColumn2014());
    const out = join(dir, "noscore.out.xlsx");
    expect((await kaohe("score", input, "--findings", findings, "--out", out)).code).toBe(0);
    const ws = (await fx.readBack(out)).getWorksheet("苏木镇考核");
    expect(ws?.getCell("F1").value).toBe("得分");
    expect(SCORES_2014.map((_s, i) => ws?.getCell(2 + i, 6).value)).toEqual(SCORES_2014);
  });

  it("re-scores from the workbook's 扣分明细 when --findings is left out", async () => {
    const input = await sheetFile("嵯岗镇.xlsx");
    await kaohe("score", input, "--findings", findings);
    const scored = join(input, "..", "嵯岗镇.scored.xlsx");
    const { code, json } = await kaoheJson<ScoreJson>("score", scored, "--out", join(dir, "again.xlsx"));
    expect(code).toBe(0);
    expect(json.total).toBe(TOTAL_2014);
    expect(json.items.map((i) => i.score)).toEqual(SCORES_2014);
  });

  it("refuses to change filled scores without --force (exit 1, nothing written), and changes them with it", async () => {
    const input = await sheetFile("filled.xlsx", fx.fullMarks2014());
    const before = fingerprint(input);
    const out = join(input, "..", "filled.scored.xlsx");
    const blocked = await kaohe("score", input, "--findings", findings);
    expectUserError(blocked, 1, /已填写的得分会被改写.*--force/);
    expect(blocked.stderr).toContain("F3");
    expect(existsSync(out)).toBe(false);

    const forced = await kaoheJson<ScoreJson>("score", input, "--findings", findings, "--force");
    expect(forced.code).toBe(0);
    expect(forced.json.total).toBe(TOTAL_2014);
    const ws = (await fx.readBack(out)).getWorksheet("苏木镇考核");
    expect(ws?.getCell("F3").value).toBe(7);
    expect(ws?.getCell("F13").value).toBe(TOTAL_2014);
    expect(fingerprint(input)).toEqual(before);
  });
});

describe("kaohe score with bad findings writes nothing", () => {
  let input: string;
  let inputDir: string;
  beforeEach(async () => {
    input = await sheetFile("嵯岗镇.xlsx");
    inputDir = join(input, "..");
  });
  afterEach(() => {
    expect(filesIn(inputDir)).toEqual(["嵯岗镇.xlsx"]);
  });

  it.each([
    ["not JSON", "{findings: [", /不是有效的 JSON/],
    ["no findings array", { unit: "嵯岗镇" }, /findings 应为数组/],
    ["a finding without clause", { findings: [{ item: "党员队伍建设" }] }, /findings\[0\]\.clause/],
    ["a negative count", { findings: [{ item: "党员队伍建设", clause: 1, count: -1 }] }, /findings\[0\]\.count/],
    ["an unknown field", { findings: [{ item: "党员队伍建设", clause: 1, cuont: 2 }] }, /findings\[0\]\.cuont 不是可用的字段/],
  ])("%s", async (_what, content, pattern) => {
    const path = writeJson(fx.makeTempDir(), "bad.json", content);
    expectUserError(await kaohe("score", input, "--findings", path), 2, pattern);
  });

  it("an item that matches no item", async () => {
    const path = writeJson(fx.makeTempDir(), "f.json", { findings: [{ item: "安全生产", clause: 1 }] });
    const r = await kaohe("score", input, "--findings", path);
    expectUserError(r, 2, /安全生产/);
  });

  it("an item that matches several items names the candidates", async () => {
    const path = writeJson(fx.makeTempDir(), "f.json", { findings: [{ item: "嘎查", clause: 1 }] });
    const r = await kaohe("score", input, "--findings", path);
    expectUserError(r, 2, /后进嘎查党组织整顿及嘎查活动场所建设情况/);
    expect(r.stderr).toContain("嘎查党组织星级化管理");
  });

  it("a clause that matches several clauses names the candidates", async () => {
    const path = writeJson(fx.makeTempDir(), "f.json", { findings: [{ item: "党员队伍建设", clause: "党员" }] });
    const r = await kaohe("score", input, "--findings", path);
    expectUserError(r, 2, /发展党员工作不规范/);
  });

  it("a clause index beyond the item's clauses", async () => {
    const path = writeJson(fx.makeTempDir(), "f.json", { findings: [{ item: "党员队伍建设", clause: 9 }] });
    expectUserError(await kaohe("score", input, "--findings", path), 2, /9/);
  });

  it("a missing findings file", async () => {
    expectUserError(await kaohe("score", input, "--findings", join(dir, "nope.json")), 2, /找不到文件：.*nope\.json/);
  });

  it("no --findings and no 扣分明细 sheet", async () => {
    expectUserError(await kaohe("score", input), 2, /没有给出 --findings.*扣分明细/);
  });

  it("--out the input file itself", async () => {
    expectUserError(await kaohe("score", input, "--findings", findings, "--out", input), 2, /输出文件不能与输入文件相同/);
  });
});
