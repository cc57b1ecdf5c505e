// The domain's public surface: pane, preview, Excel adapter and command line import from here only.
export * from "./types";
export { KIND_NAMES, ROLE_NAMES } from "./names";
export { a1, columnLetter, columnNumber, parseA1 } from "./a1";
export { inspectSheet, findScoringSheet } from "./inspectSheet";
export type { InspectOptions } from "./inspectSheet";
export { parseClauses } from "./clauses/parseCriteria";
export { resolveFindings } from "./scoring/resolveFindings";
export { scoreSheet } from "./scoring/scoreSheet";
export { checkSheet } from "./checks/checkSheet";
export { planWrites } from "./writes/planWrites";
export type { PlanOptions } from "./writes/planWrites";
export { LOG_SHEET_NAME, LOG_HEADER, decodeLog, formatLogTime } from "./writes/logSheet";
export { validateRubric, RubricError, matchRubric } from "./rubric/rubric";
export type { Rubric, RubricItem, RubricClause } from "./rubric/rubric";
export { problemMessage } from "./problemMessages";
export type { ProblemLanguage } from "./problemMessages";
