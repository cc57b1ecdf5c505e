// Reads a built corpus workbook the way the product reads a user's file.
import { Workbook } from "exceljs";
import type { SheetGrid } from "../../src/core";
import { gridsFromWorkbook } from "../../src/xlsx/readWorkbook";

export async function gridsFromXlsx(bytes: Buffer): Promise<SheetGrid[]> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return gridsFromWorkbook(wb);
}
