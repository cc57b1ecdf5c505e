// Reads a built corpus workbook the way the command reads a user's file: the package reader, not exceljs.
import type { SheetGrid } from "../../src/core";
import { openWorkbook } from "../../src/xlsx/package";

export async function gridsFromXlsx(bytes: Buffer): Promise<SheetGrid[]> {
  return openWorkbook(new Uint8Array(bytes)).grids;
}
