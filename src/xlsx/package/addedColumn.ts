import { columnLetter } from "../../core";
import { attribute } from "./xml";

// Elements of <worksheet> that may sit between </sheetData> and <mergeCells>, in schema order.
const BEFORE_MERGE_CELLS = [
  "customSheetViews",
  "dataConsolidate",
  "sortState",
  "autoFilter",
  "scenarios",
  "protectedRanges",
  "sheetProtection",
  "sheetCalcPr",
  "sheetData",
];

/** The prefix of the sheet's elements ("" almost always). */
function prefixOf(xml: string): string {
  return /<(\w+:)?sheetData\b/.exec(xml)?.[1] ?? "";
}

interface ColumnSpec {
  min: number;
  max: number;
  width: number | undefined;
}

function columnSpecs(xml: string): ColumnSpec[] {
  const block = /<(?:\w+:)?cols\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cols>/.exec(xml)?.[1] ?? "";
  const out: ColumnSpec[] = [];
  const re = /<(?:\w+:)?col\b([^>]*?)\/?>/g;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    const width = attribute(m[1] ?? "", "width");
    out.push({
      min: Number(attribute(m[1] ?? "", "min")),
      max: Number(attribute(m[1] ?? "", "max")),
      width: width === undefined ? undefined : Number(width),
    });
  }
  return out;
}

/** A width for the added column like the exceljs writer's: its neighbour's when narrow, else 10. */
function withColumnWidth(xml: string, col: number): string {
  const specs = columnSpecs(xml);
  if (specs.some((s) => s.min <= col && col <= s.max)) return xml;
  const neighbour = specs.find((s) => s.min <= col - 1 && col - 1 <= s.max)?.width;
  const width = neighbour !== undefined && neighbour < 12 ? neighbour : 10;
  const p = prefixOf(xml);
  const entry = `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`;
  const cols = /<(\w+:)?cols\b[^>]*>([\s\S]*?)<\/\1?cols>/.exec(xml);
  if (!cols) {
    const at = xml.search(/<(\w+:)?sheetData\b/);
    return at < 0 ? xml : `${xml.slice(0, at)}<${p}cols>${entry}</${p}cols>${xml.slice(at)}`;
  }
  // Keep <col> elements in ascending order: before the first that starts after the new column.
  const inner = cols[2] ?? "";
  const innerStart = cols.index + cols[0].indexOf(">") + 1;
  const re = /<(?:\w+:)?col\b([^>]*?)\/?>/g;
  let insertAt = innerStart + inner.length;
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    if (Number(attribute(m[1] ?? "", "min")) > col) {
      insertAt = innerStart + m.index;
      break;
    }
  }
  return `${xml.slice(0, insertAt)}${entry}${xml.slice(insertAt)}`;
}

/** The vertical merges of the neighbour column, repeated in the added column (an item's score in one cell). */
function withNeighbourMerges(xml: string, col: number): string {
  const from = columnLetter(col - 1);
  const to = columnLetter(col);
  const refs = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*"([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)];
  const taken = refs.filter((m) => m[1] === to || m[3] === to);
  const added: string[] = [];
  for (const m of refs) {
    if (m[1] !== from || m[3] !== from || m[2] === m[4]) continue;
    const top = Number(m[2]);
    const bottom = Number(m[4]);
    if (taken.some((t) => Number(t[2]) <= bottom && top <= Number(t[4]))) continue;
    added.push(`<${prefixOf(xml)}mergeCell ref="${to}${top}:${to}${bottom}"/>`);
  }
  if (added.length === 0) return xml;
  const block = /<(\w+:)?mergeCells\b([^>]*?)>([\s\S]*?)<\/\1?mergeCells>/.exec(xml);
  if (block) {
    const count = refs.length + added.length;
    const attrs = (block[2] ?? "").replace(/\s*count\s*=\s*"[^"]*"/, "");
    const prefix = block[1] ?? "";
    const rebuilt = `<${prefix}mergeCells${attrs} count="${count}">${block[3] ?? ""}${added.join("")}</${prefix}mergeCells>`;
    return `${xml.slice(0, block.index)}${rebuilt}${xml.slice(block.index + block[0].length)}`;
  }
  for (const name of BEFORE_MERGE_CELLS) {
    const end = new RegExp(String.raw`</(?:\w+:)?${name}>|<(?:\w+:)?${name}\b[^>]*/>`).exec(xml);
    if (end) {
      const at = end.index + end[0].length;
      const p = prefixOf(xml);
      return `${xml.slice(0, at)}<${p}mergeCells count="${added.length}">${added.join("")}</${p}mergeCells>${xml.slice(at)}`;
    }
  }
  return xml;
}

/** The worksheet XML given an added score column's width and its neighbour's vertical merges. */
export function withAddedColumnLayout(xml: string, col: number): string {
  if (col < 2) return xml;
  return withNeighbourMerges(withColumnWidth(xml, col), col);
}
