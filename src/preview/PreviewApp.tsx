import { useCallback, useEffect, useState } from "react";
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { Workbook } from "exceljs";
import type { SheetGrid } from "../core";
import { ErrorBoundary } from "../taskpane/ErrorBoundary";
import { PaneProviders, type ThemeName } from "../taskpane/PaneProviders";
import { ScoringPane } from "../taskpane/ScoringPane";
import type { Language } from "../taskpane/strings";
import { useStrings } from "../taskpane/stringsContext";
import { PreviewHost } from "./PreviewHost";
import { PreviewToolbar } from "./PreviewToolbar";
import { saveXlsx } from "./saveFile";
import { WorkbookPanel } from "./WorkbookPanel";
import { SAMPLE_FILE_NAME, sampleWorkbook, scoredFileName, workbookFromBytes } from "./workbookSources";

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
  const [busy, setBusy] = useState(false);

  const show = useCallback(
    (workbook: Workbook, fileName: string) => {
      const host = new PreviewHost(workbook, language);
      const all = host.grids();
      setOpened((o) => ({ host, fileName, id: (o?.id ?? 0) + 1 }));
      setGrids(all);
      // The sheet the pane scores (not the first sheet, which may be a 说明 page); later scans move it along.
      setSheet(host.scoringSheet() ?? all[0]?.name ?? "");
      setWritten(new Set());
      setSelected(null);
      setLoadFailed(false);
    },
    [language],
  );

  const openSample = useCallback(() => {
    try {
      show(sampleWorkbook(), SAMPLE_FILE_NAME);
    } catch (error) {
      console.error(error);
      setLoadFailed(true);
    }
  }, [show]);

  useEffect(openSample, [openSample]);

  useEffect(() => {
    if (!opened) return;
    const { host } = opened;
    return host.subscribe((event) => {
      setGrids(host.grids());
      if (event.type === "scanned") {
        setSheet(event.sheet);
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
      show(await workbookFromBytes(await file.arrayBuffer()), file.name);
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
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.page}>
      <PreviewToolbar
        fileName={opened?.fileName ?? ""}
        busy={busy}
        onSample={openSample}
        onFile={(file) => void openFile(file)}
        onDownload={() => void download()}
      />
      {loadFailed && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{s.loadFailed}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.main}>
        <div className={styles.pane}>
          <ErrorBoundary>{opened && <ScoringPane key={opened.id} host={opened.host} />}</ErrorBoundary>
        </div>
        <div className={styles.sheet}>
          {opened && (
            <WorkbookPanel
              workbook={opened.host.workbook}
              grids={grids}
              sheet={sheet}
              written={written}
              selected={selected}
              onSheet={setSheet}
            />
          )}
        </div>
      </div>
    </div>
  );
}

/** The preview page: the pane beside the workbook it scores, without Excel. */
export function PreviewApp({ language, theme }: { language: Language; theme: ThemeName }) {
  return (
    <PaneProviders language={language} theme={theme}>
      <PreviewPage language={language} />
    </PaneProviders>
  );
}
