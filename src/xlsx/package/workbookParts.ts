import { WorkbookFileError } from "./errors";
import { isType, relationshipsOf } from "./relationships";
import type { Relationship } from "./relationships";
import { attributes, stringItemText } from "./xml";
import { partName, partText } from "./zipPackage";
import type { Parts } from "./zipPackage";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet's part ("xl/worksheets/sheet1.xml"), or null when the relationship is missing. */
  part: string | null;
  kind: "worksheet" | "chartsheet" | "other";
}

export interface WorkbookParts {
  /** "xl/workbook.xml", or wherever the package's officeDocument relationship points. */
  workbook: string;
  kind: "xlsx" | "xlsm";
  sheets: SheetEntry[];
  relationships: Relationship[];
  sharedStrings: string[];
}

function workbookPartName(parts: Parts): string {
  const office = relationshipsOf(parts, "").find((r) => isType(r, "officeDocument") && r.part !== null);
  const name = (office?.part && partName(parts, office.part)) ?? partName(parts, "xl/workbook.xml");
  if (!name) throw new WorkbookFileError("not-xlsx", "no workbook part");
  return name;
}

/** The namespace prefix bound to the relationships namespace in a part ("r" almost always). */
export function relationshipPrefix(xml: string): string {
  const m =
    /xmlns:(\w+)\s*=\s*"http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships"/.exec(
      xml,
    );
  return m?.[1] ?? "r";
}

function sheetEntries(xml: string, rels: Relationship[]): SheetEntry[] {
  const prefix = relationshipPrefix(xml);
  const body = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? "";
  const out: SheetEntry[] = [];
  const re = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const a = attributes(m[1] ?? "");
    const relId = a.get(`${prefix}:id`) ?? "";
    const rel = rels.find((r) => r.id === relId);
    const kind = rel && isType(rel, "worksheet") ? "worksheet" : rel && isType(rel, "chartsheet") ? "chartsheet" : "other";
    out.push({ name: a.get("name") ?? "", sheetId: Number(a.get("sheetId") ?? 0), relId, part: rel?.part ?? null, kind });
  }
  return out;
}

function sharedStrings(parts: Parts, rels: Relationship[]): string[] {
  const rel = rels.find((r) => isType(r, "sharedStrings"));
  if (!rel?.part || !parts.has(rel.part)) return [];
  const xml = partText(parts, rel.part);
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ? stringItemText(m[1]) : "");
  return out;
}

/** The workbook part, its sheets in workbook order, its relationships and its shared strings. */
export function readWorkbookParts(parts: Parts): WorkbookParts {
  const workbook = workbookPartName(parts);
  const xml = partText(parts, workbook);
  const relationships = relationshipsOf(parts, workbook);
  const types = partText(parts, partName(parts, "[Content_Types].xml"));
  const kind = /macroEnabled/i.test(types) || relationships.some((r) => isType(r, "vbaProject")) ? "xlsm" : "xlsx";
  return { workbook, kind, sheets: sheetEntries(xml, relationships), relationships, sharedStrings: sharedStrings(parts, relationships) };
}
