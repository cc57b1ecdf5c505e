import { relationshipPrefix } from "./workbookParts";
import { escapeXml } from "./xml";

// Elements of <workbook> that come before <calcPr>, in schema order, after <sheets>.
const BEFORE_CALC_PR = ["definedNames", "externalReferences", "functionGroups", "sheets"];

/** workbook.xml asking Excel to recalculate every formula on open (`<calcPr fullCalcOnLoad="1"/>`). */
export function withFullCalcOnLoad(xml: string): string {
  const calcPr = /<(\w+:)?calcPr\b([^>]*?)(\/?)>/.exec(xml);
  if (calcPr) {
    const attrs = (calcPr[2] ?? "").replace(/\s+fullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, "");
    return `${xml.slice(0, calcPr.index)}<${calcPr[1] ?? ""}calcPr${attrs} fullCalcOnLoad="1"${calcPr[3]}>${xml.slice(calcPr.index + calcPr[0].length)}`;
  }
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? "";
  for (const name of BEFORE_CALC_PR) {
    const end = new RegExp(String.raw`</${prefix}${name}>|<${prefix}${name}\b[^>]*/>`).exec(xml);
    if (end) {
      const at = end.index + end[0].length;
      return `${xml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
    }
  }
  return xml;
}

/** workbook.xml with one more sheet at the end of <sheets>. */
export function withSheetEntry(xml: string, name: string, sheetId: number, relId: string): string {
  const prefix = /<(\w+:)?sheets\b/.exec(xml)?.[1] ?? "";
  const r = relationshipPrefix(xml);
  const uri = new RegExp(String.raw`xmlns:${r}\s*=\s*"([^"]*)"`).exec(xml)?.[1] ?? RELATIONSHIPS_NAMESPACE;
  // Declared on the element itself: some writers (openpyxl) declare the prefix on each <sheet>, not on the root.
  const entry = `<${prefix}sheet xmlns:${r}="${uri}" name="${escapeXml(name)}" sheetId="${sheetId}" ${r}:id="${escapeXml(relId)}"/>`;
  const end = xml.indexOf(`</${prefix}sheets>`);
  if (end < 0) throw new Error("workbook without <sheets>");
  return `${xml.slice(0, end)}${entry}${xml.slice(end)}`;
}

/** [Content_Types].xml with an Override for a part (replacing any for the same part). */
export function withOverride(xml: string, part: string, contentType: string): string {
  const cleaned = withoutOverride(xml, part);
  const entry = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
  return cleaned.replace(/<\/(\w+:)?Types>\s*$/, (end) => `${entry}${end}`);
}

/** [Content_Types].xml without the Override of a part. */
export function withoutOverride(xml: string, part: string): string {
  const re = /<(?:\w+:)?Override\b[^>]*?PartName\s*=\s*"([^"]*)"[^>]*?(?:\/>|>\s*<\/(?:\w+:)?Override>)/g;
  return xml.replace(re, (whole, name: string) => (name.replace(/^\//, "").toLowerCase() === part.toLowerCase() ? "" : whole));
}

const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
