export type { OutputSheet, OutputFormula, OutputChart } from "./outputSheet";
export { safeSheetName, sheetRef } from "./outputSheet";
export { summarySheet, summaryTable, quotaNotes } from "./summarySheet";
export type { UnitLink, SummaryOptions } from "./summarySheet";
export { analysisSheet } from "./analysisSheet";
export { feedbackSheet } from "./feedbackSheet";
export { unitSheets, unitGrids, assessWorkbook, newUnitSheet } from "./unitSheets";
export type { UnitSheet, UnitState, Assessment, NewUnitSheet } from "./unitSheets";
export { combinedSheet, combinedTable } from "./combinedSheet";
