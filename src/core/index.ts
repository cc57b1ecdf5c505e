// The domain's public surface: pane, preview, Excel adapter and command line import from here only.
export * from "./types";
export { KIND_NAMES, KIND_NAMES_EN, ROLE_NAMES } from "./names";
export { a1, columnLetter, columnNumber, parseA1 } from "./a1";
export { addExact, parsePoints } from "./exact";
export { inspectSheet, findScoringSheet } from "./inspectSheet";
export type { InspectOptions } from "./inspectSheet";
export { parseClauses } from "./clauses/parseCriteria";
export { resolveFindings } from "./scoring/resolveFindings";
export { scoreSheet } from "./scoring/scoreSheet";
export { bonusRoom } from "./scoring/rowRules";
export { checkSheet } from "./checks/checkSheet";
export { hasScores, sheetProblems } from "./checks/sheetProblems";
export { planWrites } from "./writes/planWrites";
export { unwrittenScores } from "./writes/unwrittenScores";
export type { UnwrittenScores } from "./writes/unwrittenScores";
export type { PlanOptions } from "./writes/planWrites";
export { CHECKED, LOG_SHEET_NAME, LOG_HEADER, OVERRIDE_MARK, TYPED_SCORE, decodeLog, formatLogTime } from "./writes/logSheet";
export type { DecodedLog } from "./writes/logSheet";
export { MAX_CELL_TEXT } from "./writes/longText";
export { validateRubric, RubricError } from "./rubric/rubric";
export { findRubricMatch, matchRubric, rubricAppliedProblem, sheetTitles } from "./rubric/matchRubric";
export type { RubricMatch, SheetIdentity } from "./rubric/matchRubric";
export type { Rubric, RubricItem, RubricClause } from "./rubric/rubric";
export { problemMessage } from "./problemMessages";
export type { ProblemLanguage } from "./problemMessages";
// Whole assessment. Settings validation brings Ajv: webpack treats the core as free of side effects
// (webpack.config.js), so bundles that never call validateSettings leave it out.
export * from "./summary";
export { validateSettings, SettingsError } from "./settings/validateSettings";
export type { SettingsIssue } from "./settings/validateSettings";
export { withDefaults, classOf, DEFAULT_GRADES } from "./settings/settings";
export type * from "./settings/settings";
export * from "./assessment";
