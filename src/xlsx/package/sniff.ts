import { WorkbookFileError } from "./errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether `bytes` hold `text` as UTF-16LE (how an OLE compound file names its streams). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < text.length; k++) if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * Refuses what is not a zip before unzipping: an OLE compound file is a password-protected workbook (Office
 * keeps an encrypted .xlsx in an OLE file with EncryptionInfo and EncryptedPackage streams) or an old .xls.
 */
export function refuseNonZip(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE)) {
    throw new WorkbookFileError(holdsUtf16(bytes, "EncryptedPackage") || holdsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "xls");
  }
  if (startsWith(bytes, EMPTY_ZIP)) throw new WorkbookFileError("not-xlsx", "empty zip");
  if (!startsWith(bytes, ZIP)) throw new WorkbookFileError(startsWith(bytes, OLE.slice(0, 4)) ? "xls" : "corrupt");
}
