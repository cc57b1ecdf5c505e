import { lazy, Suspense, useCallback, useMemo, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { currentScores, itemAtCell } from "../core";
import type { Problem, Rubric } from "../core";
import type { ScoringHost } from "../host/scoringHost";
import { recalledAssessor } from "./assessorMemory";
import { loadBundledRubrics } from "./bundledRubrics";
import { ItemList, type ItemListHandle, type RevealFocus } from "./ItemList";
import { LayoutPanel } from "./LayoutPanel";
import { loadConfirmDialog } from "./loadConfirmDialog";
import { loadConflictDialog } from "./loadConflictDialog";
import { loadUnitsView } from "./loadUnitsView";
import { PaneTabs, type PaneTab } from "./PaneTabs";
import { PlainSpinner } from "./PlainSpinner";
import { ProblemList } from "./ProblemList";
import { ProblemSummary } from "./ProblemSummary";
import { usePaneShortcuts } from "./usePaneShortcuts";
import { StatusMessages } from "./StatusMessages";
import { TotalBar } from "./TotalBar";
import { useDelayedFlag } from "./useDelayedFlag";
import { useScoring } from "./useScoring";
import { useSelectionFollow } from "./useSelectionFollow";
import { useStrings } from "./stringsContext";
import { VetoBanner } from "./VetoBanner";
import { currentUnit } from "./scoringState";

const ConflictDialog = lazy(loadConflictDialog);
const ConfirmDialog = lazy(loadConfirmDialog);
const UnitsView = lazy(loadUnitsView);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: "280px",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  loading: { padding: tokens.spacingVerticalXXL },
  // Out of sight until it has the keyboard focus (the first Tab in the pane).
  skip: {
    position: "absolute",
    left: "-10000px",
    ":focus": { position: "static", left: "auto", margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  },
});

export interface ScoringPaneProps {
  host: ScoringHost;
  rubrics?: Rubric[];
}

export function ScoringPane({ host, rubrics }: ScoringPaneProps) {
  const styles = useStyles();
  const s = useStrings();
  const [initialRubrics] = useState(() => rubrics ?? loadBundledRubrics());
  const [initialAssessor] = useState(recalledAssessor);
  const [state, actions] = useScoring(host, { rubrics: initialRubrics, assessor: initialAssessor });
  const showBusy = useDelayedFlag(state.busy !== null);
  const busyLabel = state.busy === "write" ? s.writing : state.busy === "undo" ? s.undoing : s.scanning;
  const model = state.analysis?.model ?? null;
  const [askRescan, setAskRescan] = useState(false);
  const [tab, setTab] = useState<PaneTab>("score");
  const main = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const checks = useRef<HTMLDetailsElement>(null);
  const list = useRef<ItemListHandle>(null);
  const sheetScores = useMemo(() => (model && state.result ? currentScores(model, state.result) : null), [model, state.result]);
  const items = useRef(model?.items ?? []);
  items.current = model?.items ?? [];
  /** Brings the item holding `cell` into view in the list, when the cell is inside one. */
  const revealCell = useCallback((cell: string | null, focus: RevealFocus) => {
    const item = cell ? itemAtCell(items.current, cell) : null;
    if (item) list.current?.reveal(item.row, focus);
  }, []);
  const { select } = actions;
  const selectProblem = useCallback(
    (problem: Problem) => {
      void select(problem);
      revealCell(problem.cell, "heading");
    },
    [select, revealCell],
  );
  // The sheet keeps the focus: the item is only scrolled to and outlined.
  useSelectionFollow(host, tab === "score" ? (model?.layout.sheet ?? null) : null, (cell) => revealCell(cell, "none"));
  const canFill = model !== null && state.result !== null;
  const toFirstItem = () => {
    const control = main.current?.querySelector<HTMLElement>(
      'article input:not([disabled]), article button:not([disabled]), article [tabindex="0"]',
    );
    control?.focus();
    control?.scrollIntoView?.({ block: "center" });
  };
  const toChecks = () => {
    const details = checks.current;
    if (!details) return;
    details.open = true;
    details.scrollIntoView?.({ block: "start" });
    details.querySelector("summary")?.focus();
  };
  usePaneShortcuts({
    fill: () => {
      if (tab === "score" && canFill && state.busy === null) actions.fill();
    },
    search: () => {
      if (tab === "score") search.current?.focus();
    },
  });
  const openFromUnits = (sheet: string) => {
    setTab("score");
    void actions.open(sheet);
  };
  // 重新读取 with unwritten ticks asks whether to keep them over the new read or drop them; when the dialog's script
  // cannot load, it keeps them (nothing is lost either way).
  const rescan = () => {
    if (!state.unwritten) return void actions.open(model?.layout.sheet);
    loadConfirmDialog().then(
      () => setAskRescan(true),
      () => void actions.open(model?.layout.sheet, "keep"),
    );
  };
  const rescanWith = (ticks: "keep" | "discard") => {
    setAskRescan(false);
    void actions.open(model?.layout.sheet, ticks);
  };

  return (
    <main ref={main} className={styles.root} aria-busy={state.busy !== null}>
      {tab === "score" && model && model.items.length > 0 && (
        <a href="#" className={styles.skip} onClick={(e) => (e.preventDefault(), toFirstItem())}>
          {s.skipToItems}
        </a>
      )}
      {host.workbook && <PaneTabs selected={tab} labels={s.paneTabs} onSelect={setTab} />}
      {tab === "units" && host.workbook && (
        <div className={styles.body}>
          <Suspense fallback={<PlainSpinner className={styles.loading} />}>
            <UnitsView workbook={host.workbook} currentSheet={model?.layout.sheet ?? null} onOpen={openFromUnits} />
          </Suspense>
        </div>
      )}
      {tab === "score" && (
        <>
          <TotalBar
            result={state.result}
            busy={state.busy !== null}
            busyLabel={showBusy ? busyLabel : null}
            canFill={canFill}
            progress={model ? state.progress : null}
            sheetTotal={sheetScores?.total}
            canUndo={state.receipt !== null}
            onFill={actions.fill}
            onUndo={actions.undo}
            onRescan={rescan}
          >
            <StatusMessages
              error={state.error}
              notice={state.notice}
              onRescan={rescan}
              onDismissError={actions.dismissError}
              onDismissNotice={actions.dismissNotice}
            />
          </TotalBar>
          <div className={styles.body}>
            {state.result?.vetoed && <VetoBanner />}
            {!model && state.busy === "scan" && showBusy && <PlainSpinner className={styles.loading} label={s.scanning} />}
            {model && state.scan && (
              <>
                <ProblemSummary problems={state.checks} onShow={toChecks} />
                <LayoutPanel
                  model={model}
                  grid={state.scan.grid}
                  sheets={state.scan.sheets}
                  rubricTitle={state.analysis?.rubric?.title ?? null}
                  unit={currentUnit(state) ?? ""}
                  assessor={state.assessor}
                  disabled={state.busy !== null}
                  onSheet={(sheet) => actions.open(sheet)}
                  onUnit={actions.setUnit}
                  onAssessor={actions.setAssessor}
                  onColumn={actions.setColumn}
                />
                <ItemList
                  model={model}
                  result={state.result}
                  inputs={state.inputs}
                  problems={state.checks}
                  sheetScores={sheetScores?.items}
                  searchRef={search}
                  handleRef={list}
                  onInput={actions.setInput}
                />
                <ProblemList problems={state.checks} onSelect={selectProblem} detailsRef={checks} />
              </>
            )}
          </div>
        </>
      )}
      {state.pendingOverwrite && (
        <Suspense fallback={null}>
          <ConflictDialog
            changes={state.pendingOverwrite.changes}
            onConfirm={actions.confirmOverwrite}
            onCancel={actions.cancelOverwrite}
          />
        </Suspense>
      )}
      {askRescan && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={s.unwrittenTitle}
            body={s.rescanUnwritten}
            choices={[
              { label: s.keepAndRescan, onChoose: () => rescanWith("keep") },
              { label: s.discardAndRescan, onChoose: () => rescanWith("discard") },
            ]}
            onCancel={() => setAskRescan(false)}
          />
        </Suspense>
      )}
    </main>
  );
}
