import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from "react";
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { Workbook } from "exceljs";
import type { SheetGrid } from "../core";
import { decodeDraft } from "../taskpane/draft";
import { ErrorBoundary } from "../taskpane/ErrorBoundary";
import { loadConfirmDialog } from "../taskpane/loadConfirmDialog";
import { PaneProviders, type ThemeName } from "../taskpane/PaneProviders";
import { ScoringPane } from "../taskpane/ScoringPane";
import { planFill } from "../taskpane/fillPlan";
import { validBundledRubrics } from "../taskpane/rubricFiles";
import type { Language } from "../taskpane/strings";
import { useStrings } from "../taskpane/stringsContext";
import { HostError } from "../host/scoringHost";
import { PreviewHost, workbookCodeFailed, type PendingWorkbook } from "./PreviewHost";
import { PreviewToolbar } from "./PreviewToolbar";
import { saveXlsx } from "./saveFile";
import { WorkbookPanel } from "./WorkbookPanel";
import { loadWorkbookSources, pendingSample, SAMPLE_FILE_NAME, scoredFileName } from "./sample";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (max-width: 720px)": { height: "auto", minHeight: "100vh" },
  },
  main: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    "@media (max-width: 720px)": { flexDirection: "column" },
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 720px)": { width: "100%", overflowY: "visible", borderRight: "none" },
  },
  sheet: {
    display: "flex",
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    "@media (max-width: 720px)": { height: "70vh" },
  },
});

/** Runs `task` when the browser is idle after the next paint (at most 1 s later); returns a cancel function. */
function afterPaint(task: () => void): () => void {
  let cancel = () => {};
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === "function") {
      const idle = requestIdleCallback(task, { timeout: 1000 });
      cancel = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(task, 50);
      cancel = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    cancel();
  };
}

const ConfirmDialog = lazy(loadConfirmDialog);

/** What the page was asked to do while the workbook has unwritten ticks: it asks first. */
type Guarded = { kind: "sample" } | { kind: "file"; file: File } | { kind: "download" };

/** Drafts are kept per file name and size: the same file opened again gets its ticks back. */
function draftScope(file: File): string {
  return `${file.name} (${file.size} B)`;
}

interface Opened {
  host: PreviewHost;
  fileName: string;
  /** Remounts the pane for each workbook opened. */
  id: number;
}

function PreviewPage({ language }: { language: Language }) {
  const styles = useStyles();
  const s = useStrings();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [grids, setGrids] = useState<SheetGrid[]>([]);
  const [sheet, setSheet] = useState("");
  const [written, setWritten] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  /** A failure with its own message (the exceljs chunk did not load). */
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Guarded | null>(null);

  const show = useCallback(
    (workbook: Workbook | PendingWorkbook, fileName: string, scope: string, bytes?: Uint8Array) => {
      const host = new PreviewHost(workbook, language, scope, bytes);
      const all = host.grids();
      setOpened((o) => ({ host, fileName, id: (o?.id ?? 0) + 1 }));
      setGrids(all);
      // The sheet the pane scores (not the first sheet, which may be a 说明 page); later scans move it along.
      setSheet(host.scoringSheet() ?? all[0]?.name ?? "");
      setWritten(new Set());
      setSelected(null);
      setLoadFailed(false);
      setFailure(null);
    },
    [language],
  );

  const openSample = useCallback(() => {
    try {
      show(pendingSample(), SAMPLE_FILE_NAME, SAMPLE_FILE_NAME);
    } catch (error) {
      console.error(error);
      setLoadFailed(true);
    }
  }, [show]);

  useEffect(openSample, [openSample]);

  // exceljs (writing, undo, download, opening a file) is a chunk of its own, loaded once the pane has drawn its
  // first scan: evaluating it earlier would hold up that first render.
  const [scanned, setScanned] = useState(false);
  useEffect(() => {
    if (!scanned) return;
    return afterPaint(() => void loadWorkbookSources().catch((error: unknown) => console.error(error)));
  }, [scanned]);

  // A layout effect, so the page hears the pane's first scan (the pane's own effect runs before this page's effects).
  useLayoutEffect(() => {
    if (!opened) return;
    const { host } = opened;
    return host.subscribe((event) => {
      setGrids(host.grids());
      if (event.type === "scanned") {
        setSheet(event.sheet);
        setScanned(true);
      } else if (event.type === "selected") {
        setSheet(event.sheet);
        setSelected(event.address);
      } else {
        setWritten(new Set(event.written?.cells ?? []));
        if (event.written) setSheet(event.written.sheet);
      }
    });
  }, [opened]);

  async function openFile(file: File): Promise<void> {
    setBusy(true);
    try {
      let sources;
      try {
        sources = await loadWorkbookSources();
      } catch (error) {
        console.error(error);
        setFailure(workbookCodeFailed(language).message);
        return;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      // exceljs gets its own copy: the original bytes are what 下载 edits.
      show(await sources.workbookFromBytes(bytes.slice().buffer), file.name, draftScope(file), bytes);
    } catch (error) {
      console.error(error);
      setLoadFailed(true);
    } finally {
      setBusy(false);
    }
  }

  async function download(): Promise<void> {
    if (!opened) return;
    setBusy(true);
    try {
      saveXlsx(await opened.host.toXlsx(), scoredFileName(opened.fileName));
      setFailure(null);
    } catch (error) {
      console.error(error);
      if (error instanceof HostError) setFailure(error.message);
    } finally {
      setBusy(false);
    }
  }

  /** Whether the open workbook has ticks not yet filled in (kept as drafts, on any of its sheets). */
  function hasUnwritten(): boolean {
    const drafts = opened?.host.drafts;
    return drafts ? [...drafts.all().values()].some((text) => decodeDraft(text) !== null) : false;
  }

  function carryOut(action: Guarded): void {
    if (action.kind === "sample") openSample();
    else if (action.kind === "file") void openFile(action.file);
    else void download();
  }

  /**
   * Opening another workbook (or the sample again) drops the unwritten ticks, 下载 leaves them out: ask first —
   * in the pane's dialog, or, when its script cannot load (offline), in the browser's own.
   */
  function guarded(action: Guarded): void {
    if (!hasUnwritten()) return carryOut(action);
    loadConfirmDialog().then(
      () => setAsking(action),
      () => {
        if (window.confirm(action.kind === "download" ? s.downloadUnwritten : s.discardUnwritten)) void confirmed(action);
      },
    );
  }

  async function confirmed(action: Guarded): Promise<void> {
    setAsking(null);
    const drafts = opened?.host.drafts;
    if (action.kind !== "download" && drafts) {
      await Promise.all([...drafts.all().keys()].map((sheet) => drafts.clear(sheet)));
    }
    carryOut(action);
  }

  return (
    <div className={styles.page}>
      <PreviewToolbar
        fileName={opened?.fileName ?? ""}
        busy={busy}
        onSample={() => guarded({ kind: "sample" })}
        onFile={(file) => guarded({ kind: "file", file })}
        onDownload={() => guarded({ kind: "download" })}
      />
      {asking && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={s.unwrittenTitle}
            body={asking.kind === "download" ? s.downloadUnwritten : s.discardUnwritten}
            choices={[
              { label: asking.kind === "download" ? s.downloadAnyway : s.discardAndContinue, onChoose: () => void confirmed(asking) },
            ]}
            onCancel={() => setAsking(null)}
          />
        </Suspense>
      )}
      {loadFailed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{s.loadFailed}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        <div className={styles.pane}>
          <ErrorBoundary>{opened && <ScoringPane key={opened.id} host={opened.host} rubrics={RUBRICS} />}</ErrorBoundary>
        </div>
        <div className={styles.sheet}>
          {opened && (
            <WorkbookPanel
              host={opened.host}
              grids={grids}
              sheet={sheet}
              written={written}
              selected={selected}
              onSheet={setSheet}
              onSelectCell={(name, address) => opened.host.selectByUser(name, address)}
            />
          )}
        </div>
      </div>
    </div>
  );
}

// The pane's rubric and fill-planning chunks are already in the preview's own script (it imports the rubric JSON for
// its sample anyway): the sample is drawn, and a fill planned, without waiting for a chunk; exceljs is its only one.
const RUBRICS = validBundledRubrics();
void planFill;

/** The preview page: the pane beside the workbook it scores, without Excel. */
export function PreviewApp({ language, theme }: { language: Language; theme: ThemeName }) {
  return (
    <PaneProviders language={language} theme={theme}>
      <PreviewPage language={language} />
    </PaneProviders>
  );
}
