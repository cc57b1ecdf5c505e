// The whole assessment: many scored units → 汇总 (ranks, grades, quotas), 失分分析, 反馈单, assessors combined.
export type * from "./types";
export { rankValues } from "./ranks";
export { assignGrades, bandIndex, quotaLimit } from "./grades";
export { unitTotal, twoDecimals } from "./unitTotal";
export { summarize, summaryColumns } from "./summarize";
export { analyzeLosses } from "./analysis";
export type { ItemLoss, ClauseLoss, LossAnalysis } from "./analysis";
export { buildFeedback, selfScoreGaps } from "./feedback";
export type { UnitFeedback, SelfScoreGap } from "./feedback";
export { combineValues, combineAssessors, combineUnits, partOf } from "./combine";
export type { Combined, CombinedUnit, CombinedPart, CombinedItem, AssessorTotal } from "./combine";
export { scoredUnitsFromGrids } from "./readUnit";
export type { UnitSheetOptions, UnreadSheet, UnitsRead } from "./readUnit";
