// The installed command: bin/kaohe.js runs the compiled dist/src/cli/main.js.
import { execFileSync, spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";

const root = join(__dirname, "../..");

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
}, 120_000);

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(root, "bin/kaohe.js"), ...args], { cwd: root, encoding: "utf8" });
}

describe("node bin/kaohe.js", () => {
  it("--help prints the Chinese help and exits 0", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("kaohe — 考核评分助手");
    expect(r.stdout).toContain("示例：");
    expect(r.stderr).toBe("");
  });

  it("a missing file: one Chinese line on stderr, exit 2, no stack trace", () => {
    const r = run("inspect", "不存在.xlsx");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("找不到文件：不存在.xlsx");
    expect(r.stdout).toBe("");
  });

  it("finds the bundled rubrics from the compiled output", () => {
    const r = run("template", "2014-sumu-town", "--out", join(tmpdir(), `kaohe-bin-${process.pid}.xlsx`));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
