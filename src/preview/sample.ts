// The bundled 2014 苏木镇 sample, drawn before exceljs has loaded: its sheet comes from templateGrid (plain data),
// the exceljs workbook behind it is built by the lazily loaded chunk on the first write, undo or download.
import { validateRubric } from "../core";
import type { PendingWorkbook } from "./PreviewHost";
import { templateColumnWidths, templateGrid } from "../xlsx/templateLayout";
import sumuTown2014 from "../../rubrics/2014-sumu-town.json";

export const SAMPLE_UNIT = "嵯岗镇";
export const SAMPLE_FILE_NAME = "2014苏木镇考核评分表-嵯岗镇.xlsx";

/** The part of the preview that needs exceljs, in its own chunk (loaded once, after the first paint). */
export type WorkbookSources = typeof import("./workbookSources.js");

let sources: Promise<WorkbookSources> | null = null;

/** Loads the exceljs chunk (once; a failed load is tried again next time). */
export function loadWorkbookSources(): Promise<WorkbookSources> {
  if (!sources) {
    sources = import(/* webpackChunkName: "workbook" */ "./workbookSources.js");
    sources.catch(() => (sources = null));
  }
  return sources;
}

/** The 2014 苏木镇 sheet for 嵯岗镇 as `kaohe template` makes it: grids now, the exceljs workbook when asked. */
export function pendingSample(): PendingWorkbook {
  const rubric = validateRubric(sumuTown2014);
  const grid = templateGrid(rubric, SAMPLE_UNIT);
  return {
    grids: [grid],
    widths: { [grid.name]: templateColumnWidths(rubric) },
    build: async () => (await loadWorkbookSources()).sampleWorkbook(),
  };
}

/** "评分表.xlsx" → "评分表.scored.xlsx" (once). */
export function scoredFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "").replace(/\.scored$/i, "");
  return `${base}.scored.xlsx`;
}
