export * from "./settings";
export { validateSettings, SettingsError } from "./validateSettings";
export type { SettingsIssue } from "./validateSettings";
