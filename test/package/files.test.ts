import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliError } from "../../src/cli/errors";
import { NODE_WRITE_STEPS, decodeTextFile, readJsonFile, writeFileAtomic } from "../../src/cli/io";
import type { AtomicWriteSteps } from "../../src/cli/io";
import { openWorkbook } from "../../src/xlsx/package";
import { expectUserError, kaohe, writeJson } from "../cli/run";
import { FIXTURES } from "./packages";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kaohe-files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe("writeFileAtomic", () => {
  it("writes the whole file under its name and leaves no temporary file", async () => {
    const path = join(dir, "out.xlsx");
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("on a full disk leaves neither a partial file nor the temporary file, and the old file whole", async () => {
    const path = join(dir, "out.xlsx");
    writeFileSync(path, "earlier");
    const failing: AtomicWriteSteps = {
      ...NODE_WRITE_STEPS,
      async writeAndSync(temp, data) {
        writeFileSync(temp, data.slice(0, 2)); // half written, then the disk is full
        throw errno("ENOSPC");
      },
    };
    const attempt = writeFileAtomic(path, new Uint8Array([1, 2, 3, 4]), failing);
    await expect(attempt).rejects.toThrow(CliError);
    await expect(attempt).rejects.toThrow(`无法写出 ${path}：磁盘已满`);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(readFileSync(path, "utf8")).toBe("earlier");
  });

  it("when the rename fails removes the temporary file and writes nothing under the final name", async () => {
    const path = join(dir, "new.xlsx");
    const failing: AtomicWriteSteps = { ...NODE_WRITE_STEPS, rename: async () => Promise.reject(errno("EACCES")) };
    await expect(writeFileAtomic(path, new Uint8Array([1]), failing)).rejects.toThrow("没有写入权限");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes a temporary file left by a killed run, and leaves a running writer's alone", async () => {
    const path = join(dir, "out.xlsx");
    const dead = ".out.xlsx.2147483646.0badf00d.tmp"; // no such process
    const alive = `.out.xlsx.${process.pid}.00c0ffee.tmp`;
    const other = ".other.xlsx.2147483646.0badf00d.tmp";
    for (const name of [dead, alive, other]) writeFileSync(join(dir, name), "partial");
    await writeFileAtomic(path, new Uint8Array([1]));
    expect(readdirSync(dir).sort()).toEqual([alive, other, "out.xlsx"].sort());
  });

  it("names a missing folder", async () => {
    await expect(writeFileAtomic(join(dir, "无此目录", "a.xlsx"), new Uint8Array([1]))).rejects.toThrow(/目录不存在（.*无此目录）/);
  });
});

describe("two score runs to one --out", () => {
  it("leave one whole workbook, and no temporary file", async () => {
    const input = join(dir, "plain.xlsx");
    copyFileSync(join(FIXTURES, "plain.xlsx"), input);
    const a = writeJson(dir, "a.json", { unit: "嵯岗镇", findings: [{ item: "发展党员", clause: 1 }] });
    const b = writeJson(dir, "b.json", { unit: "嵯岗镇", findings: [{ item: "阵地建设", clause: 1 }] });
    const out = join(dir, "out.xlsx");
    const runs = await Promise.all([a, b, a, b].map((f) => kaohe("score", input, "--findings", f, "--out", out, "--force")));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const scores = openWorkbook(new Uint8Array(readFileSync(out))).grids[0]?.values.slice(3, 7).map((r) => r[5]);
    expect([
      [10, 3, 5, 8],
      [10, 5, 5, 4],
    ]).toContainEqual(scores);
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json", "out.xlsx", "plain.xlsx"]);
  });
});

describe("findings and rubric files by their encoding", () => {
  const FINDINGS = { unit: "嵯岗镇", findings: [{ item: "发展党员", clause: 1 }] };
  const text = JSON.stringify(FINDINGS);

  it.each([
    ["UTF-8", Buffer.from(text, "utf8")],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
  ])("reads %s", async (_what, bytes) => {
    const path = join(dir, "f.json");
    writeFileSync(path, bytes);
    expect(await readJsonFile(path, "扣分记录文件")).toEqual(FINDINGS);
  });

  it("refuses GBK as not UTF-8, naming the file", async () => {
    // {"unit":"嵯岗镇"} in GBK: 嵯 = E1 AB, 岗 = B8 DA, 镇 = D5 F2
    const gbk = Buffer.concat([Buffer.from('{"unit":"'), Buffer.from([0xe1, 0xab, 0xb8, 0xda, 0xd5, 0xf2]), Buffer.from('"}')]);
    expect(decodeTextFile(gbk)).toBeNull();
    const path = join(dir, "gbk.json");
    writeFileSync(path, gbk);
    await expect(readJsonFile(path, "扣分记录文件")).rejects.toThrow(`扣分记录文件 ${path} 不是 UTF-8 编码`);
    const input = join(dir, "plain.xlsx");
    copyFileSync(join(FIXTURES, "plain.xlsx"), input);
    expectUserError(await kaohe("score", input, "--findings", path), 2, /gbk\.json 不是 UTF-8 编码/);
    expect(existsSync(join(dir, "plain.scored.xlsx"))).toBe(false);
  });
});

describe("right words for wrong files", () => {
  it.each([
    ["encrypted.xlsx", /encrypted\.xlsx 受密码保护（已加密）/],
    ["sheet.ods", /sheet\.ods 是 OpenDocument 表格（\.ods），不是 \.xlsx/],
    ["not-xlsx.xlsx", /not-xlsx\.xlsx 是压缩文件（zip），但不是 Excel 工作簿/],
  ])("%s", async (name, pattern) => {
    const input = join(dir, name);
    copyFileSync(join(FIXTURES, name), input);
    for (const command of ["inspect", "check"]) expectUserError(await kaohe(command, input), 2, pattern);
    const findings = writeJson(dir, "f.json", { findings: [] });
    expectUserError(await kaohe("score", input, "--findings", findings), 2, pattern);
    expect(readdirSync(dir).sort()).toEqual(["f.json", name].sort());
  });

  it("reads the huge-dimension files in well under a second", async () => {
    for (const name of ["huge-far-cell.xlsx", "huge-merge.xlsx"]) {
      const started = Date.now();
      const r = await kaohe("inspect", join(FIXTURES, name), "--json");
      expect([name, r.code]).toEqual([name, 0]);
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });
});
