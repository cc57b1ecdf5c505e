/* global Office */
// Requirement-set checks. The manifest declares ExcelApi 1.7; anything newer is used only behind these.

function isSupported(set: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(set, version);
}

/** Range.getMergedAreasOrNullObject (ExcelApi 1.13). Without it merges are reported as unknown. */
export function supportsMergedAreas(): boolean {
  return isSupported("ExcelApi", "1.13");
}

/** The manifest's minimum; false means the pane runs in an Excel too old for the add-in. */
export function supportsMinimumApi(): boolean {
  return isSupported("ExcelApi", "1.7");
}

/** Page layout (print titles, orientation, page breaks) for the 汇总 and 反馈单 sheets (ExcelApi 1.9). */
export function supportsPageLayout(): boolean {
  return isSupported("ExcelApi", "1.9");
}

/** WorksheetCollection.onSelectionChanged (ExcelApi 1.9): the pane follows the user's cell to its item. */
export function supportsSelectionEvents(): boolean {
  return isSupported("ExcelApi", "1.9");
}
