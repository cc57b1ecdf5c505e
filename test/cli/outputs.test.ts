// score and template never replace an existing file silently, and never write over one of their inputs.
import { copyFileSync, linkSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { FINDINGS_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { expectUserError, filesIn, fingerprint, kaohe, writeJson } from "./run";

const RUBRIC = join(__dirname, "../../rubrics/2014-sumu-town.json");

async function setup(): Promise<{ dir: string; path: string; findings: string }> {
  const dir = fx.makeTempDir();
  return { dir, path: await fx.writeWorkbook(fx.clean2014(), dir, "in.xlsx"), findings: writeJson(dir, "findings.json", FINDINGS_2014) };
}

describe("score: an existing output", () => {
  it("is refused without --force, naming it; nothing is written", async () => {
    const { dir, path, findings } = await setup();
    const out = join(dir, "other.xlsx");
    writeFileSync(out, "an unrelated file");
    const before = fingerprint(out);
    const r = await kaohe("score", path, "--findings", findings, "--out", out);
    expectUserError(r, 2, new RegExp(`输出文件 ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} 已存在.*--force`));
    expect(fingerprint(out)).toEqual(before);
    expect(filesIn(dir)).toEqual(["findings.json", "in.xlsx", "other.xlsx"]);
  });

  it("an earlier .scored.xlsx (the default output) is refused too, and replaced with --force", async () => {
    const { dir, path, findings } = await setup();
    expect((await kaohe("score", path, "--findings", findings)).code).toBe(0);
    const scored = join(dir, "in.scored.xlsx");
    const first = fingerprint(scored);
    expectUserError(await kaohe("score", path, "--findings", findings), 2, /in\.scored\.xlsx 已存在/);
    expect(fingerprint(scored)).toEqual(first);
    const forced = await kaohe("score", path, "--findings", findings, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`已写出 ${scored}`);
  });

  it("the findings file as output is refused even with --force", async () => {
    const { path, findings } = await setup();
    const before = readFileSync(findings);
    const r = await kaohe("score", path, "--findings", findings, "--out", findings, "--force");
    expectUserError(r, 2, /就是扣分记录文件 .*findings\.json.*加 --force 也不行/);
    expect(readFileSync(findings)).toEqual(before);
  });

  it("a symbolic or hard link to the findings file is refused even with --force", async () => {
    const { dir, path, findings } = await setup();
    symlinkSync(findings, join(dir, "sym.xlsx"));
    linkSync(findings, join(dir, "hard.xlsx"));
    const before = readFileSync(findings);
    for (const name of ["sym.xlsx", "hard.xlsx"]) {
      expectUserError(await kaohe("score", path, "--findings", findings, "--out", join(dir, name), "--force"), 2, /就是扣分记录文件/);
    }
    expect(readFileSync(findings)).toEqual(before);
  });

  it("the --rubric file as output is refused even with --force", async () => {
    const { dir, path, findings } = await setup();
    const rubric = join(dir, "rubric.json");
    copyFileSync(RUBRIC, rubric);
    const before = readFileSync(rubric);
    const r = await kaohe("score", path, "--findings", findings, "--rubric", rubric, "--out", rubric, "--force");
    expectUserError(r, 2, /就是细则文件 .*rubric\.json/);
    expect(readFileSync(rubric)).toEqual(before);
  });

  it("the workbook itself stays refused with --force", async () => {
    const { path, findings } = await setup();
    const before = fingerprint(path);
    expectUserError(await kaohe("score", path, "--findings", findings, "--out", path, "--force"), 2, /输出文件不能与输入文件相同/);
    expect(fingerprint(path)).toEqual(before);
  });
});

describe("template: an existing output", () => {
  it("is refused without --force and replaced with it", async () => {
    const dir = fx.makeTempDir();
    const out = join(dir, "t.xlsx");
    writeFileSync(out, "keep me");
    expectUserError(await kaohe("template", "2014-sumu-town", "--out", out), 2, /t\.xlsx 已存在.*--force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await kaohe("template", "2014-sumu-town", "--out", out, "--force")).code).toBe(0);
    expect((await fx.readBack(out)).worksheets[0]?.getCell("A1").value).toBe("2014年度苏木镇基层党建工作考核评分细则");
  });

  it("the rubric JSON it reads is never its output, not even with --force or through a link", async () => {
    const dir = fx.makeTempDir();
    const rubric = join(dir, "r.json");
    copyFileSync(RUBRIC, rubric);
    symlinkSync(rubric, join(dir, "link.xlsx"));
    const before = readFileSync(rubric);
    expectUserError(await kaohe("template", rubric, "--out", rubric, "--force"), 2, /就是细则文件/);
    expectUserError(await kaohe("template", rubric, "--out", join(dir, "link.xlsx"), "--force"), 2, /就是细则文件/);
    expect(readFileSync(rubric)).toEqual(before);
  });
});
