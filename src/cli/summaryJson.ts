// The --json shapes of summary, feedback and combine, in one place: what scripts may rely on.
import type { CombinedUnit, LossAnalysis, Summary, UnitFeedback, UnreadSheet } from "../core";

interface Listed {
  /** Files and sheets not summarised, with the reason (missing, damaged, not scored, log not matching). */
  unread: UnreadSheet[];
  /** Summarised, with something to look at (log rows that no longer match the sheet …). */
  warnings: UnreadSheet[];
  /** The output file, or null when none was written. */
  written: string | null;
}

/** kaohe summary --json: the Summary (title, items, classes, rows, quotas) and the loss analysis. */
export interface SummaryJson extends Summary, Listed {
  analysis: LossAnalysis;
  /** A unit named by more than one file or sheet (each is still a row). */
  duplicates: { unit: string; sources: string[] }[];
}

/** kaohe feedback --json. */
export interface FeedbackJson extends Listed {
  feedback: UnitFeedback[];
  duplicates: { unit: string; sources: string[] }[];
}

/** kaohe combine --json: each unit's parts and assessors, and the summary of the combined units. */
export interface CombineJson extends Listed {
  combined: Omit<CombinedUnit, "scored">[];
  summary: Summary;
}

export function combinedForJson(units: CombinedUnit[]): Omit<CombinedUnit, "scored">[] {
  return units.map((u) => ({ unit: u.unit, parts: u.parts, missingParts: u.missingParts, unassigned: u.unassigned, total: u.total }));
}
