import type { SheetGrid } from "../../core";
import { WorkbookFileError } from "./errors";
import { readSheetCells } from "./sheetCells";
import { gridOfCells } from "./sheetGrid";
import { refuseNonZip } from "./sniff";
import { readWorkbookParts } from "./workbookParts";
import { partText, readZip } from "./zipPackage";
import type { Parts } from "./zipPackage";

export interface OpenedWorkbook {
  kind: "xlsx" | "xlsm";
  /** Every worksheet in workbook order (chartsheets skipped). */
  grids: SheetGrid[];
  /** The file as given, for writing back into it (writePlanToPackage). */
  bytes: Uint8Array;
}

const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

function refuseOtherZips(parts: Parts): void {
  if (parts.has("mimetype") && partText(parts, "mimetype").trim().startsWith(ODS_MIMETYPE)) throw new WorkbookFileError("ods");
  if (!parts.has("[Content_Types].xml") && ![...parts.keys()].some((k) => k.toLowerCase() === "[content_types].xml")) {
    throw new WorkbookFileError("not-xlsx", "no [Content_Types].xml");
  }
}

/** Unzips and checks that the bytes are an .xlsx/.xlsm package; throws WorkbookFileError otherwise. */
export function openPackage(bytes: Uint8Array): Parts {
  refuseNonZip(bytes);
  const parts = readZip(bytes);
  refuseOtherZips(parts);
  return parts;
}

/**
 * Reads a workbook file's values, formulas and merges, straight from its XML parts: any valid package, with
 * memory bounded by what the cells hold. Throws WorkbookFileError for anything that is not an .xlsx/.xlsm.
 */
export function openWorkbook(bytes: Uint8Array): OpenedWorkbook {
  const parts = openPackage(bytes);
  const book = readWorkbookParts(parts);
  const grids: SheetGrid[] = [];
  for (const sheet of book.sheets) {
    if (sheet.kind !== "worksheet") continue;
    if (!sheet.part || !parts.has(sheet.part)) throw new WorkbookFileError("corrupt", `missing part for sheet ${sheet.name}`);
    const xml = partText(parts, sheet.part);
    parts.delete(sheet.part); // read once: let the bytes go before the next sheet
    grids.push(gridOfCells(sheet.name, readSheetCells(xml, book.sharedStrings)));
  }
  return { kind: book.kind, grids, bytes };
}
