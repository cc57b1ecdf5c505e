import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import * as fx from "../fixtures/workbooks";
import { FINDINGS_2014 } from "../fixtures/rubric2014";
import { expectUserError, filesIn, kaohe, writeJson } from "./run";

let dir: string;
let good: string;
let findings: string;
beforeAll(async () => {
  dir = fx.makeTempDir();
  good = await fx.writeWorkbook(fx.clean2014(), dir, "good.xlsx");
  findings = writeJson(fx.makeTempDir(), "findings.json", FINDINGS_2014);
});

function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe.each(["inspect", "check", "score"])("kaohe %s on bad input", (command) => {
  const extra = (): string[] => (command === "score" ? ["--findings", findings] : []);

  it.each([
    ["a missing file", () => join(dir, "无此文件.xlsx"), /找不到文件：.*无此文件\.xlsx/],
    ["a folder", () => dir, /不是文件/],
    ["a text file", () => file("notes.xlsx", "目标项目,评分标准\n"), /不是 \.xlsx 文件/],
    ["an old .xls", () => file("old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), /旧版 \.xls 文件.*另存为 \.xlsx/],
    ["a corrupt .xlsx", () => file("broken.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)])), /已损坏/],
  ])("%s", async (_what, path, pattern) => {
    const input = path();
    const before = filesIn(dir);
    expectUserError(await kaohe(command, input, ...extra()), 2, pattern);
    expect(filesIn(dir)).toEqual(before);
  });

  it("a workbook without a scoring table", async () => {
    const wb = new Workbook();
    wb.addWorksheet("说明").addRow(["本表用于登记会议记录"]);
    const path = await fx.writeWorkbook(wb, dir, "notable.xlsx");
    const before = filesIn(dir);
    const r = await kaohe(command, path, ...extra());
    expectUserError(r, 2, /没有找到考核评分表/);
    expect(filesIn(dir)).toEqual(before);
  });
});

describe("kaohe usage errors", () => {
  it.each([
    [["grade", "x.xlsx"], /未知的命令「grade」/],
    [["inspect"], /缺少文件参数/],
    [["inspect", "a.xlsx", "b.xlsx"], /多余的参数：b\.xlsx/],
    [["inspect", "a.xlsx", "--colour"], /未知的选项 --colour/],
    [["inspect", "a.xlsx", "--sheet"], /选项 --sheet 需要一个值/],
    [["check", "a.xlsx", "--json=yes"], /选项 --json 不带值/],
    [["template", "a.json", "--findings", "f.json"], /未知的选项 --findings/],
  ])("%j", async (argv, pattern) => {
    expectUserError(await kaohe(...argv), 2, pattern);
  });

  it("without arguments prints the help on stderr and exits 2", async () => {
    const r = await kaohe();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("用法：");
  });

  it("never leaves a file behind when the output folder cannot be written", async () => {
    const blocked = join(dir, "blocked");
    mkdirSync(blocked);
    writeFileSync(join(blocked, "sub"), "a file, not a folder");
    const r = await kaohe("template", "2014-sumu-town", "--out", join(blocked, "sub", "x.xlsx"));
    expectUserError(r, 2, /无法写出/);
    expect(filesIn(blocked)).toEqual(["sub"]);
  });

  it("keeps the input when given one of its good files", async () => {
    expect((await kaohe("inspect", good)).code).toBe(0);
  });
});
