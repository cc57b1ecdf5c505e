import { LOG_SHEET_NAME } from "../core";

/**
 * The 扣分明细 sheet to write into, cleared (or added) only when first asked for, so a batch that fails before
 * reaching the log leaves the old one as it was.
 */
export function logTargetOnDemand(sheets: Excel.WorksheetCollection, existing: Excel.Worksheet, exists: boolean): () => Excel.Worksheet {
  let target: Excel.Worksheet | null = null;
  return () => {
    if (!target) {
      if (exists) existing.getRange().clear("Contents");
      target = exists ? existing : sheets.add(LOG_SHEET_NAME);
    }
    return target;
  };
}
