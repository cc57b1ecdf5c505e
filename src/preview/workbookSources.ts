// Where the preview's exceljs workbook comes from: the bundled 2014 sample, or a file the user opens.
// This module (and exceljs with it) is a separate chunk, loaded with import() after the page's first paint.
import { Workbook } from "exceljs";
import { validateRubric } from "../core";
import { templateWorkbook } from "../xlsx";
import { SAMPLE_UNIT } from "./sample";
import sumuTown2014 from "../../rubrics/2014-sumu-town.json";

export { SAMPLE_FILE_NAME, SAMPLE_UNIT, scoredFileName } from "./sample";
// Pure (no exceljs), but needed only for 下载 of an opened file: it rides in this chunk.
export { writeCellsToPackage } from "../xlsx/package";

/** The 2014 苏木镇 sheet for 嵯岗镇, as `kaohe template` makes it. */
export function sampleWorkbook(): Workbook {
  return templateWorkbook(validateRubric(sumuTown2014), SAMPLE_UNIT);
}

/** Reads .xlsx bytes; rejects when they are not a workbook. */
export async function workbookFromBytes(bytes: ArrayBuffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}
