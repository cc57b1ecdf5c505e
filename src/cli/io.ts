import { randomBytes } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Workbook } from "exceljs";
import { openWorkbook, WorkbookFileError } from "../xlsx/package";
import type { OpenedWorkbook } from "../xlsx/package";
import { CliError } from "./errors";
import { jsonErrorOffset } from "./jsonPosition";
import { fileErrorText, msg } from "./messages";

/** Reads a whole file, turning file-system errors into messages for the user. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(msg.notAFile(path));
    return await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(msg.fileMissing(path));
    throw new CliError(msg.cannotRead(path, fileErrorText(code, "read")));
  }
}

function workbookFileMessage(error: WorkbookFileError, path: string): string {
  switch (error.code) {
    case "encrypted":
      return msg.encryptedXlsx(path);
    case "xls":
      return msg.oldXls(path);
    case "ods":
      return msg.odsFile(path);
    case "not-xlsx":
      return msg.zipNotXlsx(path);
    case "corrupt":
      return msg.corruptXlsx(path);
  }
}

/**
 * Opens an .xlsx/.xlsm from its XML parts (any valid package; memory bounded by what its cells hold). A
 * password-protected file, an old .xls, an .ods, another zip, a damaged file each get their own message.
 */
export async function readWorkbookFile(path: string): Promise<OpenedWorkbook> {
  const buffer = await readInputFile(path);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const zipOrOle = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  if (!zipOrOle) throw new CliError(msg.notXlsx(path));
  try {
    return openWorkbook(bytes);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new CliError(workbookFileMessage(e, path));
    throw new CliError(msg.corruptXlsx(path));
  }
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Where JSON.parse failed, in Chinese: the line and column of the first error (from Node's "(line 2 column 5)" or
 * "at position 12" when it gives one, else found by scanning the text), or that the text ends too soon or is empty.
 */
export function jsonErrorWhere(text: string, message: string): string {
  if (text.trim() === "") return msg.jsonEmpty;
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineCol) return msg.jsonAt(Number(lineCol[1]), Number(lineCol[2]));
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  if (offset === null) return "";
  if (offset >= text.length || /end of (JSON )?input/i.test(message)) return msg.jsonCutShort;
  const { line, column } = lineAndColumn(text, offset);
  return msg.jsonAt(line, column);
}

/** UTF-16 text after its BOM; big-endian bytes are swapped to little-endian first. */
function utf16Text(bytes: Uint8Array, bigEndian: boolean): string {
  const body = bytes.slice(2, bytes.length - (bytes.length % 2));
  if (bigEndian) for (let i = 0; i + 1 < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1]!, body[i]!];
  return new TextDecoder("utf-16le").decode(body);
}

/** A text file's content: UTF-8 with or without BOM, UTF-16 LE/BE by their BOM; null for anything else (GBK …). */
export function decodeTextFile(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16Text(bytes, false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16Text(bytes, true);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads and parses a JSON file; `what` names it in messages ("扣分记录文件", "细则文件"). */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = decodeTextFile(await readInputFile(path));
  if (text === null) throw new CliError(msg.notUtf8(what, path));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(msg.badJson(what, path, jsonErrorWhere(text, e instanceof Error ? e.message : String(e))));
  }
}

/** The file-system steps of an atomic write; tests swap in failing ones. */
export interface AtomicWriteSteps {
  /** Writes all of `data` to a new file and flushes it to disk. */
  writeAndSync(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export const NODE_WRITE_STEPS: AtomicWriteSteps = {
  async writeAndSync(path, data) {
    const handle = await open(path, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
  remove: (path) => rm(path, { force: true }),
};

function writeError(e: unknown, path: string): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === "ENOENT" ? `${fileErrorText(code, "write")}（${dirname(resolve(path))}）` : fileErrorText(code, "write");
  return new CliError(msg.cannotWrite(path, reason));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Temporary files of earlier writes to `path` whose process is gone (killed mid-write): they are removed. */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (m && !isRunning(Number(m[1]))) await rm(join(dirname(path), name), { force: true }).catch(() => undefined);
  }
}

/**
 * Writes `data` to a temporary file in the same folder, flushes it, then renames it over `path`: the final name
 * only ever holds a whole file (a crash or a full disk leaves the earlier file, or none), and of two writers the
 * last rename wins. On any failure the temporary file is removed; one left by a killed run goes on the next write.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, steps: AtomicWriteSteps = NODE_WRITE_STEPS): Promise<void> {
  await removeStaleTemps(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await steps.writeAndSync(temp, data);
    await steps.rename(temp, path);
  } catch (e) {
    await steps.remove(temp).catch(() => undefined);
    throw writeError(e, path);
  }
}

/** Serialises first, so a workbook exceljs cannot write leaves no file behind; then writes atomically. */
export async function writeWorkbookFile(wb: Workbook, path: string): Promise<void> {
  const data = await wb.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(data as ArrayBuffer));
}

/** "dir/嵯岗镇.xlsx" → "dir/嵯岗镇.scored.xlsx"; a macro workbook stays one: "宏.xlsm" → "宏.scored.xlsm". */
export function scoredPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.scored.${ext.toLowerCase() === ".xlsm" ? "xlsm" : "xlsx"}`);
}

export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** Where a path really leads: symbolic links followed; for a file not yet there, its folder's real path + its name. */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** The same file by another name: a symbolic link (to it or to its folder) or a hard link. */
export function sameFileByLink(input: string, out: string): boolean {
  if (realTarget(input) === realTarget(out)) return true;
  try {
    const a = statSync(input);
    const b = statSync(out);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}
