import { columnLetter } from "../../core";
import type { CellValue } from "../../core";
import { attribute, escapeXml, withAttribute } from "./xml";

/** What to do to one cell of a worksheet part. */
export type CellEdit =
  /** Replace the cell by a plain value (a formula in it goes); its style is kept, or `style` given to a new cell. */
  | { kind: "value"; value: CellValue; style?: string }
  /** Keep the formula, set its cached result (or drop it: null). */
  | { kind: "result"; value: number | null }
  /** Create an empty cell with this style, when there is none. */
  | { kind: "style"; style: string }
  /** Give the cell its own formula (a shared formula whose master is overwritten); set its result unless undefined. */
  | { kind: "formula"; text: string; result?: number | null };

/** Edits by row, then by column (1-based). */
export type SheetEdits = Map<number, Map<number, CellEdit>>;

export function addEdit(edits: SheetEdits, row: number, col: number, edit: CellEdit): void {
  let cols = edits.get(row);
  if (!cols) edits.set(row, (cols = new Map()));
  const before = cols.get(col);
  // A value written into an added column keeps the style that column was given.
  if (before?.kind === "style" && edit.kind === "value") cols.set(col, { ...edit, style: edit.style ?? before.style });
  else if (before?.kind === "result" && edit.kind === "formula") cols.set(col, { ...edit, result: before.value });
  else if (before?.kind === "formula" && edit.kind === "result") cols.set(col, { ...before, result: edit.value });
  else if (!(before?.kind === "value" && edit.kind === "style")) cols.set(col, edit);
}

const CELL = /<(\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?c>)/g;
const FORMULA = /<(?:\w+:)?f\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?v>)/;

function columnOf(ref: string | undefined): number | null {
  const m = ref ? /^\$?([A-Z]{1,3})\$?\d+$/.exec(ref) : null;
  if (!m) return null;
  let n = 0;
  for (const ch of m[1] ?? "") n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Element names in the sheet's own prefix ("" almost always; "x:" from some generators). */
function tags(p: string) {
  return { c: `${p}c`, v: `${p}v`, f: `${p}f`, is: `${p}is`, t: `${p}t` };
}

function valueCell(ref: string, style: string | undefined, value: CellValue, p: string): string {
  const { c, v, is, t } = tags(p);
  const s = style !== undefined ? ` s="${escapeXml(style)}"` : "";
  if (value === null) return `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? `<${c} r="${ref}"${s}><${v}>${value}</${v}></${c}>`
      : `<${c} r="${ref}"${s} t="e"><${v}>#NUM!</${v}></${c}>`;
  }
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b"><${v}>${value ? 1 : 0}</${v}></${c}>`;
  // Inline strings: text stays text, even "=1+1", and the shared string table is left alone.
  return `<${c} r="${ref}"${s} t="inlineStr"><${is}><${t} xml:space="preserve">${escapeXml(value)}</${t}></${is}></${c}>`;
}

function editedCell(ref: string, existing: { attrs: string; inner: string } | null, edit: CellEdit, p: string): string {
  const { c, v, f } = tags(p);
  const style = existing ? attribute(existing.attrs, "s") : undefined;
  switch (edit.kind) {
    case "value":
      return valueCell(ref, style ?? edit.style, edit.value, p);
    case "style":
      return existing ? `<${c}${existing.attrs}>${existing.inner}</${c}>` : valueCell(ref, edit.style, null, p);
    case "result": {
      if (!existing) return valueCell(ref, undefined, null, p);
      const formula = FORMULA.exec(existing.inner)?.[0] ?? "";
      let attrs = withAttribute(existing.attrs, "t", undefined);
      attrs = withAttribute(attrs, "r", ref);
      return edit.value === null ? `<${c}${attrs}>${formula}</${c}>` : `<${c}${attrs}>${formula}<${v}>${edit.value}</${v}></${c}>`;
    }
    case "formula": {
      if (!existing) return valueCell(ref, undefined, null, p);
      const formula = `<${f}>${escapeXml(edit.text.replace(/^=/, ""))}</${f}>`;
      let attrs = withAttribute(existing.attrs, "r", ref);
      if (edit.result === undefined) return `<${c}${attrs}>${formula}${VALUE.exec(existing.inner)?.[0] ?? ""}</${c}>`;
      attrs = withAttribute(attrs, "t", undefined);
      return edit.result === null ? `<${c}${attrs}>${formula}</${c}>` : `<${c}${attrs}>${formula}<${v}>${edit.result}</${v}></${c}>`;
    }
  }
}

/** A row's cells with the edits applied, in column order; cells without an `r` get one. `p`: the sheet's prefix. */
function editRow(rowNumber: number, body: string, edits: Map<number, CellEdit>, p: string): string {
  const pending = [...edits.keys()].sort((a, b) => a - b);
  let out = "";
  let col = 0;
  let last = 0;
  let next = 0;
  const emitUpTo = (limit: number) => {
    while (next < pending.length && (pending[next] ?? 0) < limit) {
      const c = pending[next++] ?? 0;
      out += editedCell(`${columnLetter(c)}${rowNumber}`, null, edits.get(c)!, p);
    }
  };
  CELL.lastIndex = 0;
  for (let m = CELL.exec(body); m; m = CELL.exec(body)) {
    out += body.slice(last, m.index);
    last = m.index + m[0].length;
    const attrs = m[2] ?? "";
    col = columnOf(attribute(attrs, "r")) ?? col + 1;
    emitUpTo(col);
    const ref = `${columnLetter(col)}${rowNumber}`;
    const edit = edits.get(col);
    if (edit) {
      if (pending[next] === col) next++;
      out += editedCell(ref, { attrs, inner: m[3] ?? "" }, edit, p);
    } else out += attribute(attrs, "r") === undefined ? m[0].replace(new RegExp(`^<${p}c`), `<${p}c r="${ref}"`) : m[0];
  }
  const rest = body.slice(last);
  emitUpTo(Infinity);
  return out + rest;
}

function endsName(xml: string, at: number): boolean {
  const ch = xml.charCodeAt(at);
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * The worksheet XML with `edits` applied: only the rows that hold an edited cell are rewritten (their `spans` hint
 * dropped, as it may no longer hold); rows that did not exist are inserted in order. Everything else is kept as is.
 */
export function editSheetXml(xml: string, edits: SheetEdits): string {
  return [...editSheetPieces(xml, edits)].join("");
}

/**
 * editSheetXml as pieces of text, made as they are read (untouched stretches are slices of `xml`, not copies): the
 * zip writer encodes them one by one, so a 50,000-row sheet is never held twice.
 */
export function* editSheetPieces(xml: string, edits: SheetEdits): Generator<string, void, undefined> {
  if (edits.size === 0) {
    yield xml;
    return;
  }
  const open = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Error("worksheet without sheetData");
  const prefix = open[1] ?? "";
  const bodyStart = open.index + open[0].length;
  const selfClosed = open[2] === "/";
  const bodyEnd = selfClosed ? bodyStart : xml.indexOf(`</${prefix}sheetData>`, bodyStart);
  const rowTag = `<${prefix}row`;
  const rowEnd = `</${prefix}row>`;
  const rows = [...edits.keys()].sort((a, b) => a - b);
  const newRow = (r: number) => `${rowTag} r="${r}">${editRow(r, "", edits.get(r)!, prefix)}${rowEnd}`;

  yield selfClosed ? `${xml.slice(0, open.index)}<${prefix}sheetData>` : xml.slice(0, bodyStart);
  let last = bodyStart;
  let next = 0;
  let rowNumber = 0;
  for (let i = xml.indexOf(rowTag, bodyStart); i >= 0 && i < bodyEnd && next < rows.length; i = xml.indexOf(rowTag, i + 1)) {
    if (!endsName(xml, i + rowTag.length)) continue;
    const gt = xml.indexOf(">", i);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrs = xml.slice(i + rowTag.length, selfClosing ? gt - 1 : gt);
    rowNumber = Number(attribute(attrs, "r")) || rowNumber + 1;
    while (next < rows.length && (rows[next] ?? 0) < rowNumber) {
      yield xml.slice(last, i);
      yield newRow(rows[next++] ?? 0);
      last = i;
    }
    if (rows[next] !== rowNumber) continue;
    next++;
    const close = selfClosing ? gt + 1 : xml.indexOf(rowEnd, gt) + rowEnd.length;
    const body = selfClosing ? "" : xml.slice(gt + 1, close - rowEnd.length);
    const rowAttrs = withAttribute(withAttribute(attrs, "spans", undefined), "r", String(rowNumber)).replace(/\s+$/, "");
    yield xml.slice(last, i);
    yield `${rowTag}${rowAttrs}>${editRow(rowNumber, body, edits.get(rowNumber)!, prefix)}${rowEnd}`;
    last = close;
    i = close - 1;
  }
  yield xml.slice(last, bodyEnd);
  while (next < rows.length) yield newRow(rows[next++] ?? 0);
  yield selfClosed ? `</${prefix}sheetData>${xml.slice(bodyStart)}` : xml.slice(bodyEnd);
}

/** The style index (`s`) of every cell in column `col` that has one, by row. */
export function columnStyles(xml: string, col: number): Map<number, string> {
  const out = new Map<number, string>();
  const letters = columnLetter(col);
  const re = new RegExp(String.raw`<(?:\w+:)?c\b[^>]*?\br="${letters}(\d+)"[^>]*?>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const s = attribute(m[0].slice(2, -1), "s");
    if (s !== undefined && s !== "0") out.set(Number(m[1]), s);
  }
  return out;
}
