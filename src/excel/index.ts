// The Excel adapter: the only code that calls Office.js.
export { ExcelHost } from "./excelHost";
export type { ExcelHostOptions } from "./excelHost";
export type { Lang } from "./errors";
export { displayLanguage, officeTheme } from "./officeInfo";
export { hasOffice, watchOfficeTheme, whenOfficeReady } from "./officeStartup";
export type { Theme } from "./officeInfo";
export { supportsMergedAreas, supportsMinimumApi } from "./featureDetect";
export type { ExcelWriteReceipt } from "./write";
