// The input is never overwritten, not even through a link; file and JSON errors are told in Chinese.
import { chmodSync, linkSync, mkdirSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { jsonErrorWhere, lineAndColumn } from "../../src/cli/io";
import { jsonErrorOffset } from "../../src/cli/jsonPosition";
import { fileErrorText } from "../../src/cli/messages";
import { FINDINGS_2014 } from "../fixtures/rubric2014";
import * as fx from "../fixtures/workbooks";
import { expectUserError, filesIn, fingerprint, kaohe, writeJson } from "./run";

let findings: string;
beforeAll(() => {
  findings = writeJson(fx.makeTempDir(), "findings.json", FINDINGS_2014);
});

async function input(): Promise<{ dir: string; path: string }> {
  const dir = fx.makeTempDir();
  return { dir, path: await fx.writeWorkbook(fx.clean2014(), dir, "in.xlsx") };
}

describe("kaohe score never writes over its input through a link", () => {
  it("--out is a symbolic link to the input", async () => {
    const { dir, path } = await input();
    symlinkSync(path, join(dir, "link.xlsx"));
    const before = fingerprint(path);
    const r = await kaohe("score", path, "--findings", findings, "--out", join(dir, "link.xlsx"));
    expectUserError(r, 2, /与输入文件 .*in\.xlsx 是同一个文件.*未写入任何文件/);
    expect(fingerprint(path)).toEqual(before);
    expect(filesIn(dir)).toEqual(["in.xlsx", "link.xlsx"]);
  });

  it("the input is a symbolic link and --out is its target", async () => {
    const { dir, path } = await input();
    const link = join(dir, "link.xlsx");
    symlinkSync(path, link);
    const before = fingerprint(path);
    expectUserError(await kaohe("score", link, "--findings", findings, "--out", path), 2, /是同一个文件/);
    expect(fingerprint(path)).toEqual(before);
  });

  it("--out goes through a symbolic link to the input's folder", async () => {
    const { dir, path } = await input();
    const other = fx.makeTempDir();
    symlinkSync(dir, join(other, "same"));
    const before = fingerprint(path);
    expectUserError(await kaohe("score", path, "--findings", findings, "--out", join(other, "same", "in.xlsx")), 2, /是同一个文件/);
    expect(fingerprint(path)).toEqual(before);
  });

  it("--out is a hard link to the input", async () => {
    const { dir, path } = await input();
    linkSync(path, join(dir, "hard.xlsx"));
    const before = fingerprint(path);
    expectUserError(await kaohe("score", path, "--findings", findings, "--out", join(dir, "hard.xlsx")), 2, /是同一个文件/);
    expect(fingerprint(path)).toEqual(before);
  });

  it("a link to another file, or a new file beside the input, is fine", async () => {
    const { dir, path } = await input();
    writeFileSync(join(dir, "old.xlsx"), "to be replaced");
    symlinkSync(join(dir, "old.xlsx"), join(dir, "link.xlsx"));
    // link.xlsx leads to an existing file: replacing it takes --force (see outputs.test.ts).
    expect((await kaohe("score", path, "--findings", findings, "--out", join(dir, "link.xlsx"), "--force")).code).toBe(0);
    expect((await kaohe("score", path, "--findings", findings, "--out", join(dir, "new.xlsx"))).code).toBe(0);
  });
});

describe("invalid JSON is reported in Chinese with where it goes wrong", () => {
  it.each([
    ["{findings: [", /^扣分记录文件 .*bad\.json 不是有效的 JSON（第 1 行第 2 列附近有错误）$/m],
    ['{"findings": [\n  {"item": 1,}\n]}', /（第 2 行第 14 列附近有错误）$/m],
    ['{"findings": [', /（内容不完整/],
    ["", /（文件是空的）$/m],
    ["\uFEFF{'findings': []}", /（第 1 行第 2 列附近有错误）$/m],
  ])("%j", async (content, pattern) => {
    const { dir, path } = await input();
    const bad = writeJson(fx.makeTempDir(), "bad.json", content);
    const r = await kaohe("score", path, "--findings", bad);
    expectUserError(r, 2, pattern);
    expect(r.stderr).not.toMatch(/Expected|Unexpected|position|JSON at/);
    expect(filesIn(dir)).toEqual(["in.xlsx"]);
  });

  it("a rubric file is named as such", async () => {
    const bad = writeJson(fx.makeTempDir(), "rubric.json", '{"id": "x",\n"items": [}');
    const r = await kaohe("template", bad, "--out", join(fx.makeTempDir(), "t.xlsx"));
    expectUserError(r, 2, /^细则文件 .*rubric\.json 不是有效的 JSON（第 2 行第 11 列附近有错误）$/m);
  });

  it("reads Node's position and newer V8's (line … column …) alike", () => {
    expect(jsonErrorWhere("{\n\n  x", "Unexpected token 'x', \"{\n\n  x\" is not valid JSON at position 5")).toBe("（第 3 行第 3 列附近有错误）");
    expect(jsonErrorWhere("{x}", "Expected property name or '}' in JSON at position 1 (line 1 column 2)")).toBe("（第 1 行第 2 列附近有错误）");
    expect(jsonErrorWhere("{", "Unexpected end of JSON input")).toMatch(/内容不完整/);
    expect(jsonErrorWhere("{", "something else")).toMatch(/内容不完整/);
    expect(jsonErrorWhere('{"a": [1,]}', "Unexpected token ']', … is not valid JSON")).toBe("（第 1 行第 10 列附近有错误）");
    expect(jsonErrorWhere("{}", "something else")).toBe("");
    expect(lineAndColumn("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
  });
});

describe("file-system errors are told in Chinese", () => {
  it("a folder that does not exist", async () => {
    const { path } = await input();
    const r = await kaohe("score", path, "--findings", findings, "--out", join(fx.makeTempDir(), "无此目录", "out.xlsx"));
    expectUserError(r, 2, /^无法写出 .*out\.xlsx：目录不存在（.*无此目录）$/m);
  });

  it("--out is a folder", async () => {
    const { dir, path } = await input();
    mkdirSync(join(dir, "out.xlsx"));
    const r = await kaohe("score", path, "--findings", findings, "--out", join(dir, "out.xlsx"));
    expectUserError(r, 2, /无法写出 .*out\.xlsx：这是一个目录，不是文件/);
  });

  it("a path through a file", async () => {
    const { dir, path } = await input();
    const r = await kaohe("score", path, "--findings", findings, "--out", join(dir, "in.xlsx", "out.xlsx"));
    expectUserError(r, 2, /无法写出 .*：路径中有一部分不是目录/);
  });

  const root = process.getuid?.() === 0;
  (root ? it.skip : it)("a folder without write permission", async () => {
    const { path } = await input();
    const locked = fx.makeTempDir();
    chmodSync(locked, 0o555);
    try {
      const r = await kaohe("score", path, "--findings", findings, "--out", join(locked, "out.xlsx"));
      expectUserError(r, 2, /无法写出 .*out\.xlsx：没有写入权限/);
      expect(filesIn(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it("maps the common codes and keeps an unknown one visible", () => {
    expect(fileErrorText("ENOSPC", "write")).toBe("磁盘已满");
    expect(fileErrorText("EBUSY", "write")).toMatch(/^文件被占用/);
    expect(fileErrorText("EACCES", "read")).toBe("没有读取权限");
    expect(fileErrorText("EROFS", "write")).toMatch(/只读/);
    expect(fileErrorText("EWHATEVER", "write")).toBe("未知错误（EWHATEVER）");
    expect(fileErrorText(undefined, "write")).toBe("未知错误");
  });
});

describe("jsonErrorOffset finds the first error where Node names no position", () => {
  it.each([
    ['{"a": [1, 2,]}', 12],
    ["{'a': 1}", 1],
    ['{"a" 1}', 5],
    ['{"a": tru}', 9],
    ['{"a": "x\\q"}', 9],
    ['[1] 2', 4],
    ['{"a": [', 7],
    ['{"a": -}', 6],
  ])("%j → %d", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("says nothing for valid JSON", () => {
    expect(jsonErrorOffset('{"findings": [{"item": "党员", "clause": 1, "count": 2.5e0, "x": [true, false, null, "\\u00e9"]}]}')).toBeNull();
  });
});
