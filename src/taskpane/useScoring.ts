// Connects the pane's state to the host: scan on open, fill (with confirmation), undo, select.
import { useEffect, useMemo, useReducer, useRef } from "react";
import { decodeDraft, encodeDraft, type Draft } from "./draft";
import type { Problem, Role, WritePlan, Rubric, ClauseInput } from "../core";
import { HostError, type ScoringHost, type WriteReceipt } from "../host/scoringHost";
import { hostErrorInfo } from "../host/hostMessages";
import { rememberAssessor } from "./assessorMemory";
import { loadFillPlan } from "./loadFillPlan";
import { initialScoringState, scoringReducer, type PaneError, type ScoringEvent, type ScoringState } from "./scoringState";

/** What becomes of unwritten ticks when a sheet is read again: kept over the new read, or dropped. */
export type UnwrittenTicks = "keep" | "discard";

export interface ScoringActions {
  /** Reads a sheet; its unwritten ticks kept from last time come back unless `ticks` says otherwise. */
  open(sheet?: string, ticks?: UnwrittenTicks): Promise<void>;
  setColumn(role: Role, column: number | null): void;
  setUnit(unit: string): void;
  setInput(row: number, clause: number, input: ClauseInput): void;
  setAssessor(assessor: string): void;
  fill(): Promise<void>;
  confirmOverwrite(): Promise<void>;
  cancelOverwrite(): void;
  undo(): Promise<void>;
  select(problem: Problem): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

export interface ScoringOptions {
  /** Rubrics to match sheets against; while still loading (bundledRubrics.ts), the first read waits for them. */
  rubrics: Rubric[] | Promise<Rubric[]>;
  assessor?: string;
  /** Clock for the log's time stamp (tests pin it). */
  now?: () => Date;
}

/** The part of a fill a failed write had already made (a HostError may carry it), so it can be undone. */
function partialReceipt(error: unknown): WriteReceipt | undefined {
  return error instanceof HostError ? error.receipt : undefined;
}

function paneError(error: unknown): PaneError {
  if (error instanceof HostError) return { message: error.message, host: hostErrorInfo(error) };
  console.error(error);
  return { message: null };
}

/** The rubrics arrive (once, with the first read). */
type PaneEvent = ScoringEvent | { type: "rubrics-loaded"; rubrics: Rubric[] };

function paneReducer(state: ScoringState, event: PaneEvent): ScoringState {
  return event.type === "rubrics-loaded" ? { ...state, rubrics: event.rubrics } : scoringReducer(state, event);
}

export function useScoring(host: ScoringHost, options: ScoringOptions): [ScoringState, ScoringActions] {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialScoringState(Array.isArray(options.rubrics) ? options.rubrics : [], options.assessor ?? ""),
  );
  const pendingRubrics = useRef(Array.isArray(options.rubrics) ? null : options.rubrics);
  // Async actions read the state as it is when they run, not as it was when they were created.
  const latest = useRef(state);
  latest.current = state;
  const now = options.now ?? (() => new Date());
  const nowRef = useRef(now);
  nowRef.current = now;

  const actions = useMemo<ScoringActions>(() => {
    async function refresh(): Promise<void> {
      const sheet = latest.current.analysis?.model.layout.sheet;
      dispatch({ type: "scanned", scan: await host.scan(sheet), mode: "refresh" });
    }

    /** Writes the plan; failures are dispatched here (a write that changed the sheet keeps its receipt). */
    async function carryOut(plan: WritePlan): Promise<void> {
      let receipt: WriteReceipt;
      try {
        receipt = await host.write(plan);
      } catch (error) {
        const partial = partialReceipt(error);
        // A co-author's cells were kept and the rest written: the host's message says so and undo is offered.
        if (partial && error instanceof HostError && error.code === "conflict")
          dispatch({ type: "failed", error: paneError(error), receipt: partial });
        else if (partial) dispatch({ type: "failed", error: { ...paneError(error), after: { kind: "partly-written" } }, receipt: partial });
        else dispatch({ type: "failed", error: paneError(error) });
        return;
      }
      try {
        await refresh();
      } catch (error) {
        // The sheet was written: keep the receipt so 撤销本次填写 works, and say what happened.
        const cause = paneError(error);
        dispatch({ type: "failed", error: { ...cause, after: { kind: "written-reread-failed", cells: plan.writes.length } }, receipt });
        return;
      }
      dispatch({ type: "written", receipt, cells: plan.writes.length });
      void clearDraft(plan.sheet);
      if (latest.current.assessor.trim()) rememberAssessor(latest.current.assessor);
    }

    async function fill(): Promise<void> {
      const s = latest.current;
      if (!s.scan || !s.analysis || !s.result) return;
      dispatch({ type: "busy", busy: "write" });
      try {
        const { planFill } = await loadFillPlan();
        const planned = planFill({
          model: s.analysis.model,
          result: s.result,
          scan: s.scan,
          assessor: s.assessor.trim(),
          time: nowRef.current(),
          inputs: s.inputs,
        });
        if (planned.kind === "conflicts") {
          dispatch({ type: "conflicts-found", plan: planned.plan, changes: planned.changes });
          return;
        }
        if (planned.kind === "unchanged") {
          dispatch({ type: "written", receipt: null, cells: 0 });
          void clearDraft(planned.plan.sheet);
          return;
        }
        await carryOut(planned.plan);
      } catch (error) {
        dispatch({ type: "failed", error: paneError(error) });
      }
    }

    async function confirmOverwrite(): Promise<void> {
      const pending = latest.current.pendingOverwrite;
      if (!pending) return;
      dispatch({ type: "busy", busy: "write" });
      try {
        await carryOut(pending.plan);
      } catch (error) {
        dispatch({ type: "failed", error: paneError(error) });
      }
    }

    /** Drafts are a safety net: failing to keep or drop one must not stop the pane (the write itself went through). */
    async function clearDraft(sheet: string): Promise<void> {
      await host.drafts?.clear(sheet).catch((error: unknown) => console.error(error));
    }

    async function loadDraft(sheet: string): Promise<Draft | null> {
      if (!host.drafts) return null;
      try {
        return decodeDraft(await host.drafts.load(sheet));
      } catch (error) {
        console.error(error);
        return null;
      }
    }

    return {
      async open(sheet?: string, ticks?: UnwrittenTicks) {
        const before = latest.current;
        const current = before.analysis?.model.layout.sheet;
        dispatch({ type: "busy", busy: "scan" });
        try {
          // The rubrics' chunk loads alongside the first read; the sheet is analysed once both are here.
          const [scan, rubrics] = await Promise.all([host.scan(sheet), pendingRubrics.current]);
          if (rubrics) {
            pendingRubrics.current = null;
            dispatch({ type: "rubrics-loaded", rubrics });
          }
          // Dropped only once the sheet is read: a failed read leaves the ticks on screen and in the draft.
          if (ticks === "discard" && current) await clearDraft(current);
          const name = scan.grid.name;
          const kept: Draft | null =
            ticks === "keep" && before.unwritten && name === current
              ? { inputs: before.inputs, unit: before.unitOverride, columns: before.columns }
              : null;
          const draft = ticks === "discard" && name === current ? null : (kept ?? (await loadDraft(name)));
          dispatch({ type: "scanned", scan, mode: "open", draft });
          // A fill will need its planning: fetched now, in the background (a failure here is retried by the fill).
          loadFillPlan().catch(() => undefined);
        } catch (error) {
          dispatch({ type: "failed", error: paneError(error) });
        }
      },
      setColumn: (role, column) => dispatch({ type: "column-set", role, column }),
      setUnit: (unit) => dispatch({ type: "unit-set", unit }),
      setInput: (row, clause, input) => dispatch({ type: "input-set", row, clause, input }),
      setAssessor: (assessor) => {
        dispatch({ type: "assessor-set", assessor });
        rememberAssessor(assessor);
      },
      fill,
      confirmOverwrite,
      cancelOverwrite: () => dispatch({ type: "conflicts-dismissed" }),
      async undo() {
        const receipt = latest.current.receipt;
        if (!receipt) return;
        dispatch({ type: "busy", busy: "undo" });
        try {
          await host.undo(receipt);
          await refresh();
          dispatch({ type: "undone" });
        } catch (error) {
          dispatch({ type: "failed", error: paneError(error) });
        }
      },
      async select(problem) {
        const sheet = latest.current.analysis?.model.layout.sheet;
        if (!sheet || !problem.cell) return;
        try {
          await host.select(sheet, problem.cell);
        } catch (error) {
          dispatch({ type: "failed", error: paneError(error) });
        }
      },
      dismissError: () => dispatch({ type: "error-dismissed" }),
      dismissNotice: () => dispatch({ type: "notice-dismissed" }),
    };
  }, [host]);

  const { open } = actions;
  useEffect(() => {
    void open();
  }, [open]);

  // Every change to unwritten ticks is kept at once (a reload right after a tick must find it).
  const draftSheet = state.analysis?.model.layout.sheet;
  useEffect(() => {
    if (!host.drafts || !draftSheet || !state.unwritten) return;
    const draft = encodeDraft({ inputs: state.inputs, unit: state.unitOverride, columns: state.columns });
    host.drafts.save(draftSheet, draft).catch((error: unknown) => console.error(error));
  }, [host, draftSheet, state.unwritten, state.inputs, state.unitOverride, state.columns]);

  return [state, actions];
}
