import { LOG_SHEET_NAME } from "../../core";
import type { CellValue } from "../../core";
import { logSheetXml } from "./logSheetXml";
import { addRelationship, freeRelationshipId, isType, removeRelationships } from "./relationships";
import { WORKSHEET_CONTENT_TYPE, withFullCalcOnLoad, withOverride, withoutOverride, withSheetEntry } from "./workbookEdit";
import { readWorkbookParts } from "./workbookParts";
import type { SheetEntry, WorkbookParts } from "./workbookParts";
import { utf8Bytes } from "./xml";
import { partName, partText, relsPathOf, writeZip } from "./zipPackage";
import type { Parts } from "./zipPackage";

/** The package's parts and the text of the parts every write may touch. */
export class PackageEditor {
  readonly book: WorkbookParts;
  workbookXml: string;
  relsXml: string;
  typesXml: string;
  readonly relsPart: string;
  readonly typesPart: string;

  constructor(readonly parts: Parts) {
    this.book = readWorkbookParts(parts);
    this.workbookXml = this.text(this.book.workbook);
    this.relsPart = partName(parts, relsPathOf(this.book.workbook)) ?? relsPathOf(this.book.workbook);
    this.relsXml = this.text(this.relsPart);
    this.typesPart = partName(parts, "[Content_Types].xml") ?? "[Content_Types].xml";
    this.typesXml = this.text(this.typesPart);
  }

  text(part: string): string {
    return partText(this.parts, part);
  }

  worksheet(name: string): SheetEntry & { part: string } {
    const entry = this.book.sheets.find((s) => s.name === name && s.kind === "worksheet" && s.part !== null && this.parts.has(s.part));
    if (!entry || entry.part === null) throw new Error(`工作表「${name}」不存在`);
    return { ...entry, part: entry.part };
  }

  finish(): Uint8Array {
    this.parts.set(this.book.workbook, utf8Bytes(withFullCalcOnLoad(this.workbookXml)));
    this.parts.set(this.relsPart, utf8Bytes(this.relsXml));
    this.parts.set(this.typesPart, utf8Bytes(this.typesXml));
    return writeZip(this.parts);
  }
}

function newSheetPart(editor: PackageEditor): string {
  const folder = editor.book.workbook.slice(0, editor.book.workbook.lastIndexOf("/") + 1);
  for (let n = editor.book.sheets.length + 1; ; n++) {
    const name = `${folder}worksheets/sheet${n}.xml`;
    if (!partName(editor.parts, name)) return name;
  }
}

/** Replaces the 扣分明细 sheet's part, or adds the sheet as a new worksheet part at the end of the workbook. */
export function writeLogSheet(editor: PackageEditor, log: CellValue[][]): void {
  const xml = utf8Bytes(logSheetXml(log));
  const existing = editor.book.sheets.find((s) => s.name === LOG_SHEET_NAME);
  if (existing?.kind === "worksheet" && existing.part !== null && editor.parts.has(existing.part)) {
    editor.parts.set(existing.part, xml);
    // The new sheet refers to nothing: its old drawings, comments or tables would be dangling.
    const rels = partName(editor.parts, relsPathOf(existing.part));
    if (rels) editor.parts.delete(rels);
    return;
  }
  if (existing) throw new Error(`「${LOG_SHEET_NAME}」不是普通工作表，无法写入扣分明细`);
  const part = newSheetPart(editor);
  const relId = freeRelationshipId(editor.book.relationships);
  const type =
    editor.book.relationships.find((r) => isType(r, "worksheet"))?.type ??
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
  const folder = editor.book.workbook.slice(0, editor.book.workbook.lastIndexOf("/") + 1);
  editor.parts.set(part, xml);
  editor.relsXml = addRelationship(editor.relsXml, { id: relId, type, target: part.slice(folder.length) });
  editor.typesXml = withOverride(editor.typesXml, part, WORKSHEET_CONTENT_TYPE);
  const sheetId = Math.max(0, ...editor.book.sheets.map((s) => s.sheetId)) + 1;
  editor.workbookXml = withSheetEntry(editor.workbookXml, LOG_SHEET_NAME, sheetId, relId);
}

/** The calculation chain lists formula cells; once cells change, Excel rebuilds it, so it goes rather than mislead. */
export function dropCalcChain(editor: PackageEditor): void {
  const chains = editor.book.relationships.filter((r) => isType(r, "calcChain"));
  for (const chain of chains) {
    if (chain.part) {
      const name = partName(editor.parts, chain.part);
      if (name) editor.parts.delete(name);
      editor.typesXml = withoutOverride(editor.typesXml, chain.part);
    }
  }
  if (chains.length > 0) editor.relsXml = removeRelationships(editor.relsXml, new Set(chains.map((c) => c.id)));
}
