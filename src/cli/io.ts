import { realpathSync, statSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { Workbook } from "exceljs";
import { CliError } from "./errors";
import { jsonErrorOffset } from "./jsonPosition";
import { fileErrorText, msg } from "./messages";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}

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

/** Opens an .xlsx; an old .xls, another kind of file or a damaged one each get their own message. */
export async function readWorkbookFile(path: string): Promise<Workbook> {
  const buffer = await readInputFile(path);
  if (startsWith(buffer, OLE_MAGIC)) throw new CliError(msg.oldXls(path));
  if (!startsWith(buffer, ZIP_MAGIC)) throw new CliError(msg.notXlsx(path));
  const wb = new Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new CliError(msg.corruptXlsx(path));
  }
  return wb;
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

/** Reads and parses a JSON file; `what` names it in messages ("扣分记录文件", "细则文件"). */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = (await readInputFile(path)).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(msg.badJson(what, path, jsonErrorWhere(text, e instanceof Error ? e.message : String(e))));
  }
}

/** Serialises first, so a workbook exceljs cannot write leaves no half-written file behind. */
export async function writeWorkbookFile(wb: Workbook, path: string): Promise<void> {
  const data = await wb.xlsx.writeBuffer();
  try {
    await writeFile(path, Buffer.from(data as ArrayBuffer));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      msg.cannotWrite(
        path,
        code === "ENOENT" ? `${fileErrorText(code, "write")}（${dirname(resolve(path))}）` : fileErrorText(code, "write"),
      ),
    );
  }
}

/** "dir/嵯岗镇.xlsx" → "dir/嵯岗镇.scored.xlsx". */
export function scoredPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.scored.xlsx`);
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
