import type { CellRange, CellValue } from "../../core";
import { shiftFormula } from "./sharedFormula";
import { attribute, decodeXml, stringItemText } from "./xml";

/** One `<c>` of a worksheet as read: its value as the domain sees it and its formula, if any. */
export interface SheetCell {
  row: number;
  col: number;
  value: CellValue;
  /** "=SUM(F4:F14)", shared formulas expanded; null when the cell holds none. */
  formula: string | null;
  /** The file holds a cached result (`<v>`) for the formula. */
  cached: boolean;
  /** The value is an error code (`t="e"`: "#REF!"), not text. */
  error?: true;
  /** Part of a shared formula (`<f t="shared" si="…">`): its group, and whether this cell holds the text. */
  shared?: { si: string; master: boolean };
}

export interface SheetCells {
  cells: SheetCell[];
  merges: CellRange[];
}

const FORMULA = /^<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function columnOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** An ISO date (`t="d"` cells) as an Excel serial number, as Excel stores dates. */
function dateSerial(iso: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes("T") ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? iso : (ms - EXCEL_EPOCH) / 86400000;
}

/** The text between `<tag …>` and `</tag>` inside `inner` (prefix given), or null when there is no such element. */
function elementText(inner: string, prefix: string, tag: string): string | null {
  const open = inner.indexOf(`<${prefix}${tag}`);
  if (open < 0) return null;
  const gt = inner.indexOf(">", open);
  if (gt < 0 || inner[gt - 1] === "/") return gt < 0 ? null : "";
  const close = inner.indexOf(`</${prefix}${tag}>`, gt);
  return close < 0 ? null : inner.slice(gt + 1, close);
}

function cellValue(type: string | undefined, inner: string, prefix: string, shared: string[]): { value: CellValue; cached: boolean } {
  if (type === "inlineStr") {
    const is = elementText(inner, prefix, "is");
    if (is !== null) return { value: stringItemText(is), cached: true };
  }
  const raw = elementText(inner, prefix, "v");
  if (raw === null) return { value: null, cached: false };
  switch (type) {
    case "s":
      return { value: shared[Number(raw)] ?? null, cached: true };
    case "str":
    case "inlineStr":
      return { value: decodeXml(raw), cached: true };
    case "b":
      return { value: raw.trim() === "1" || raw.trim() === "true", cached: true };
    case "e":
      return { value: decodeXml(raw).trim(), cached: true };
    case "d":
      return { value: dateSerial(decodeXml(raw).trim()), cached: true };
    default: {
      const n = Number(raw);
      // An empty <v></v> (openpyxl writes one for every formula) is no cached result.
      return raw.trim() === "" || Number.isNaN(n) ? { value: null, cached: false } : { value: n, cached: true };
    }
  }
}

function parseRef(ref: string | undefined): { row: number; col: number } | null {
  const m = ref ? /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref) : null;
  return m ? { row: Number(m[2]), col: columnOf(m[1] ?? "") } : null;
}

/** Whether the character after a tag name ends the name (so `<c` is a cell, not `<cols`). */
function endsName(xml: string, at: number): boolean {
  const ch = xml.charCodeAt(at);
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * Every cell of a worksheet part that holds something, in file order, and its merged areas. Cells with only a
 * style are skipped: a sheet is read by what it holds, never by its declared `<dimension>`. A plain scan with
 * indexOf (no regular expression over the whole part). `keep` limits the cells read (`formula`: it holds one).
 */
export function readSheetCells(xml: string, shared: string[], keep?: (row: number, col: number, formula: boolean) => boolean): SheetCells {
  const cells: SheetCell[] = [];
  const masters = new Map<string, { row: number; col: number; text: string }>();
  const sharing: { cell: SheetCell; si: string }[] = [];
  const open = /<(\w+:)?sheetData\b/.exec(xml);
  const prefix = open?.[1] ?? "";
  const rowTag = `<${prefix}row`;
  const cellTag = `<${prefix}c`;
  const cellEnd = `</${prefix}c>`;
  const end = open ? xml.indexOf(`</${prefix}sheetData>`, open.index) : -1;
  const stop = end < 0 ? xml.length : end;
  let rowNumber = 0;
  let colNumber = 0;
  let i = open ? xml.indexOf("<", open.index + 1) : -1;
  while (i >= 0 && i < stop) {
    if (xml.startsWith(rowTag, i) && endsName(xml, i + rowTag.length)) {
      const gt = xml.indexOf(">", i);
      const declared = Number(attribute(xml.slice(i + rowTag.length, gt), "r"));
      rowNumber = declared > 0 ? declared : rowNumber + 1;
      colNumber = 0;
      i = xml.indexOf("<", gt);
      continue;
    }
    if (!(xml.startsWith(cellTag, i) && endsName(xml, i + cellTag.length))) {
      i = xml.indexOf("<", i + 1);
      continue;
    }
    const gt = xml.indexOf(">", i);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrs = xml.slice(i + cellTag.length, selfClosing ? gt - 1 : gt);
    const at = parseRef(attribute(attrs, "r"));
    colNumber = at ? at.col : colNumber + 1;
    const row = at ? at.row : rowNumber;
    if (selfClosing) {
      i = xml.indexOf("<", gt);
      continue;
    }
    const close = xml.indexOf(cellEnd, gt);
    if (close < 0) break;
    const inner = xml.slice(gt + 1, close);
    i = xml.indexOf("<", close + cellEnd.length);
    const fStart = inner.indexOf(`<${prefix}f`);
    if (keep && !keep(row, colNumber, fStart >= 0)) continue;
    const type = attribute(attrs, "t");
    const { value, cached } = cellValue(type, inner, prefix, shared);
    const f = fStart < 0 ? null : FORMULA.exec(inner.slice(fStart));
    const fAttrs = f?.[1] ?? "";
    const text = f?.[2] !== undefined ? decodeXml(f[2]).trim() : "";
    const cell: SheetCell = { row, col: colNumber, value: value === "" ? null : value, formula: text ? `=${text}` : null, cached };
    if (type === "e" && cached) cell.error = true;
    const isShared = f !== null && attribute(fAttrs, "t") === "shared";
    if (isShared) {
      const si = attribute(fAttrs, "si") ?? "";
      cell.shared = { si, master: text !== "" };
      if (text) masters.set(si, { row, col: colNumber, text });
      else sharing.push({ cell, si });
    }
    if (cell.value !== null || cell.formula !== null || isShared) cells.push(cell);
  }
  for (const { cell, si } of sharing) {
    const master = masters.get(si);
    if (master) cell.formula = `=${shiftFormula(master.text, cell.row - master.row, cell.col - master.col)}`;
  }
  const merges: CellRange[] = [];
  MERGE.lastIndex = 0;
  for (let m = MERGE.exec(xml); m; m = MERGE.exec(xml)) {
    const top = Number(m[2]);
    const left = columnOf(m[1] ?? "");
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? columnOf(m[3]) : left;
    merges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return { cells: cells.filter((c) => c.value !== null || c.formula !== null), merges };
}
