// WPS 表格: the only code that touches its object model.
export { WpsHost } from "./wpsHost";
export type { WpsHostOptions, WpsWriteReceipt } from "./wpsHost";
export { findEtApplication } from "./detectWps";
export type { EtApplication } from "./etModel";
