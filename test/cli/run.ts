import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kaohe …` in-process and captures what it prints. */
export async function kaohe(...argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    out: (text) => void (stdout += `${text}\n`),
    err: (text) => void (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}

/** `kaohe … --json`, parsed. */
export async function kaoheJson<T = Record<string, unknown>>(...argv: string[]): Promise<{ code: number; json: T; stderr: string }> {
  const r = await kaohe(...argv, "--json");
  if (r.stdout.trim() === "") throw new Error(`no JSON output (exit ${r.code}): ${r.stderr}`);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

/** Bytes and mtime of a file, to prove the command left it alone. */
export function fingerprint(path: string): { bytes: Buffer; mtimeMs: number } {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

export function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** A user-facing error: Chinese, one message, no stack trace. */
export function expectUserError(r: RunResult, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/Error:|TypeError|内部错误/);
  expect(r.stdout).toBe("");
}
