import { readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { Workbook } from "exceljs";
import { CliError } from "./errors";
import { msg } from "./messages";

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
    throw new CliError(msg.cannotRead(path, code ?? String(e)));
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

export async function readJsonFile(path: string): Promise<unknown> {
  const text = (await readInputFile(path)).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(msg.badJson(path, e instanceof Error ? e.message : String(e)));
  }
}

/** Serialises first, so a workbook exceljs cannot write leaves no half-written file behind. */
export async function writeWorkbookFile(wb: Workbook, path: string): Promise<void> {
  const data = await wb.xlsx.writeBuffer();
  try {
    await writeFile(path, Buffer.from(data as ArrayBuffer));
  } catch (e) {
    throw new CliError(msg.cannotWrite(path, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

/** "dir/嵯岗镇.xlsx" → "dir/嵯岗镇.scored.xlsx". */
export function scoredPath(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.scored.xlsx`);
}

export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
