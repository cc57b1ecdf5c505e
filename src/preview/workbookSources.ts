// Where the preview's workbook comes from: the bundled 2014 sample, or a file the user opens.
import { Workbook } from "exceljs";
import { validateRubric } from "../core";
import { templateWorkbook } from "../xlsx";
import sumuTown2014 from "../../rubrics/2014-sumu-town.json";

export const SAMPLE_UNIT = "嵯岗镇";
export const SAMPLE_FILE_NAME = "2014苏木镇考核评分表-嵯岗镇.xlsx";

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

/** "评分表.xlsx" → "评分表.scored.xlsx" (once). */
export function scoredFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "").replace(/\.scored$/i, "");
  return `${base}.scored.xlsx`;
}
