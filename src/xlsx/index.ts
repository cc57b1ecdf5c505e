// exceljs ↔ domain: reading grids, carrying out a WritePlan, the blank template. No file I/O here.
export { gridsFromWorkbook, gridFromWorksheet } from "./readWorkbook";
export { applyWritePlan } from "./applyWritePlan";
export { templateWorkbook } from "./template";
export { refreshFormulaResults } from "./formulaResults";
