// The units view's state: the workbook's unit sheets, and the actions that create a unit sheet and write the
// summary sheets. Every rule is core's (src/core/assessment); this only calls the host and keeps the result.
import { useCallback, useEffect, useState } from "react";
import { analysisSheet, assessWorkbook, feedbackSheet, newUnitSheet, summarySheet, unitSheets } from "../../core";
import type { Assessment, UnitSheet } from "../../core";
import { withDefaults } from "../../core";
import { HostError } from "../../host/scoringHost";
import { hostErrorText } from "../../host/hostMessages";
import type { WorkbookAccess } from "../../host/workbookAccess";
import type { UnitsStrings } from "./unitsStrings";

/** Grade bands and ranks as most offices use them (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60); no quotas. */
const SETTINGS = withDefaults();

/** The sheets the assessment writes: never read as units. */
export const OUTPUT_SHEETS = ["汇总", "失分分析", "反馈单"];

export interface AssessmentState {
  units: UnitSheet[] | null;
  /** The workbook already has a 汇总 sheet (the button then says 重新汇总). */
  hasSummary: boolean;
  assessment: Assessment | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
}

/** A host's error worded in the pane's language; any other failure as its own text. */
function messageOf(error: unknown, s: UnitsStrings): string {
  if (error instanceof HostError) return hostErrorText(error, s.language);
  return error instanceof Error ? error.message : String(error);
}

export function useAssessment(workbook: WorkbookAccess, s: UnitsStrings) {
  const [state, setState] = useState<AssessmentState>({
    units: null,
    hasSummary: false,
    assessment: null,
    busy: false,
    error: null,
    notice: null,
  });

  const run = useCallback(
    async (work: () => Promise<string | null>) => {
      setState((st) => ({ ...st, busy: true, error: null, notice: null }));
      try {
        const notice = await work();
        const grids = await workbook.readSheets();
        const units = unitSheets(grids, OUTPUT_SHEETS);
        const assessment = units.some((u) => u.scored) ? assessWorkbook(grids, SETTINGS, OUTPUT_SHEETS) : null;
        const hasSummary = grids.some((g) => g.name === OUTPUT_SHEETS[0]);
        setState({ units, hasSummary, assessment, busy: false, error: null, notice });
      } catch (error) {
        setState((st) => ({ ...st, busy: false, error: messageOf(error, s) }));
      }
    },
    [workbook, s],
  );

  useEffect(() => {
    void run(async () => null);
  }, [run]);

  const refresh = () => run(async () => null);

  const createUnit = (source: string, unit: string) =>
    run(async () => {
      const name = unit.trim();
      if (!name) throw new Error(s.nameNeeded);
      const grids = await workbook.readSheets();
      const grid = grids.find((g) => g.name === source);
      if (!grid) throw new Error(source);
      const made = newUnitSheet(
        grid,
        name,
        grids.map((g) => g.name),
      );
      await workbook.copySheet(source, made.name, made.edits);
      return s.created(made.name);
    });

  const summarize = () =>
    run(async () => {
      const grids = await workbook.readSheets();
      const units = unitSheets(grids, OUTPUT_SHEETS);
      if (!units.some((u) => u.scored)) throw new Error(s.nothingToSummarize);
      const a = assessWorkbook(grids, SETTINGS, OUTPUT_SHEETS);
      await workbook.writeOutputs([
        summarySheet(a.summary, { links: a.links, chart: true, name: OUTPUT_SHEETS[0] }),
        analysisSheet(a.analysis, OUTPUT_SHEETS[1]),
        feedbackSheet(a.feedback, a.summary.title, OUTPUT_SHEETS[2]),
      ]);
      return s.summarized(a.units.length, units.length - a.units.length);
    });

  return [state, { refresh, createUnit, summarize }] as const;
}
