import { columnLetter } from "../../core";
import type { CellValue } from "../../core";
import { displayWidth } from "../textWidth";
import { escapeXml } from "./xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function cell(ref: string, value: CellValue): string {
  if (value === null || value === "") return "";
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

/**
 * The 扣分明细 worksheet part: header row frozen, columns as wide as their text (at most 48). No cell styles (bold,
 * wrapping): they would need a change to the workbook's styles part, which is kept byte for byte.
 */
export function logSheetXml(log: CellValue[][]): string {
  const columnCount = Math.max(0, ...log.map((r) => r.length));
  const cols: string[] = [];
  for (let c = 1; c <= columnCount; c++) {
    const widest = Math.max(4, ...log.map((r) => displayWidth(r[c - 1])));
    cols.push(`<col min="${c}" max="${c}" width="${Math.min(widest + 2, 48)}" customWidth="1"/>`);
  }
  const rows = log.map((values, i) => {
    const r = i + 1;
    return `<row r="${r}">${values.map((v, c) => cell(`${columnLetter(c + 1)}${r}`, v)).join("")}</row>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}">`,
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`,
    `<sheetFormatPr defaultRowHeight="15"/>`,
    cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "",
    `<sheetData>${rows.join("")}</sheetData>`,
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    `</worksheet>`,
  ].join("");
}
