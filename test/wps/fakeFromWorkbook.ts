// A fake WPS application over a workbook built with exceljs, as the tests build real files.
import type { Workbook } from "exceljs";
import { gridFromWorksheet } from "../../src/xlsx/readWorkbook";
import { FakeApplication } from "./fakeEt";

export function fakeEtFromWorkbook(wb: Workbook): FakeApplication {
  return new FakeApplication(
    wb.worksheets.map((ws) => {
      const grid = gridFromWorksheet(ws);
      const protectedSheet = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
      return { name: grid.name, values: grid.values, formulas: grid.formulas, merges: grid.merges, protectContents: protectedSheet };
    }),
  );
}
