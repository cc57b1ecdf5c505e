// Workbook files as OPC packages: read values straight from the XML parts, write changed cells back into the
// original package so every other part stays byte for byte as it was. Pure: bytes in, bytes out (browser too).
export { WorkbookFileError } from "./errors";
export type { WorkbookFileErrorCode } from "./errors";
export { openWorkbook } from "./openWorkbook";
export type { OpenedWorkbook } from "./openWorkbook";
export { writeCellsToPackage, writePlanToPackage } from "./writePackage";
export type { SheetCellEdits } from "./writePackage";
