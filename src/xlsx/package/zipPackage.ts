import { unzipSync } from "fflate";
import { WorkbookFileError } from "./errors";
import { ZipWriter } from "./zipWriter";

/**
 * The parts of an OPC package (a zip), by name without a leading slash, in the zip's order. A part rewritten as
 * text may be given as pieces of text (an array, or a generator read once): they are encoded one by one while
 * zipping, so a large sheet is never held whole as one more string and one more buffer.
 */
export type Parts = Map<string, Uint8Array | Iterable<string>>;

export function readZip(bytes: Uint8Array): Parts {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new WorkbookFileError("corrupt", e instanceof Error ? e.message : String(e));
  }
  return new Map<string, Uint8Array | Iterable<string>>(Object.entries(entries));
}

const encoder = new TextEncoder();
const CHUNK = 1 << 16;

/** Text pieces as UTF-8 chunks of about CHUNK characters (small pieces joined, large ones cut). */
function* encodedPieces(pieces: Iterable<string>): Generator<Uint8Array, void, undefined> {
  let batch = "";
  for (const piece of pieces) {
    if (batch.length + piece.length < CHUNK) {
      batch += piece;
      continue;
    }
    if (batch) yield encoder.encode(batch);
    batch = "";
    for (let at = 0; at < piece.length;) {
      let end = Math.min(at + CHUNK, piece.length);
      // Never cut a surrogate pair in two.
      if (end < piece.length && /[\ud800-\udbff]/.test(piece[end - 1] ?? "")) end--;
      yield encoder.encode(piece.slice(at, end));
      at = end;
    }
  }
  if (batch) yield encoder.encode(batch);
}

/** The zip of `parts` in their map order; `[Content_Types].xml` first, as Office writes it. */
export function writeZip(parts: Parts): Uint8Array {
  const zip = new ZipWriter();
  const names = [...parts.keys()].sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
  for (const name of names) {
    const data = parts.get(name) ?? new Uint8Array();
    zip.add(name, data instanceof Uint8Array ? [data] : encodedPieces(data));
  }
  return zip.finish();
}

/** The stored name of a part, matching case-insensitively as OPC does; undefined when absent. */
export function partName(parts: Parts, name: string): string | undefined {
  const wanted = name.replace(/^\//, "");
  if (parts.has(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  for (const key of parts.keys()) if (key.replace(/^\//, "").toLowerCase() === lower) return key;
  return undefined;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part: relative to its folder, or absolute from the root. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(target);
    } catch {
      return target;
    }
  })();
  const base = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

const decoder = new TextDecoder("utf-8");

/** A part's text ("" when absent). */
export function partText(parts: Parts, name: string | undefined): string {
  const data = name === undefined ? undefined : parts.get(name);
  if (data === undefined) return "";
  if (data instanceof Uint8Array) return decoder.decode(data);
  const text = [...data].join("");
  parts.set(name!, [text]); // a generator is read once: keep what it made
  return text;
}
