import type { ReactNode } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CurrentTotal, ScoreResult } from "../core";
import { formatPoints } from "./formatNumber";
import { PlainSpinner } from "./PlainSpinner";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  total: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexGrow: 1 },
  score: { fontVariantNumeric: "tabular-nums" },
  vetoed: { color: tokens.colorPaletteRedForeground1 },
  progress: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  sheetTotal: { color: tokens.colorStatusWarningForeground3, whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  messages: {
    flexBasis: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    ":empty": { display: "none" },
  },
});

export interface TotalBarProps {
  result: ScoreResult | null;
  busy: boolean;
  /** Shown with a spinner once work has taken long enough to notice. */
  busyLabel: string | null;
  canFill: boolean;
  canUndo: boolean;
  /** Items marked 已核查 or with a finding, of all items (absent before the first scan). */
  progress?: { checked: number; total: number } | null;
  /** The total the sheet itself has, shown when the ticks do not give it. */
  sheetTotal?: CurrentTotal | null;
  onFill(): void;
  onUndo(): void;
  onRescan(): void;
  /** Status messages, shown in the bar itself so they stay in view whatever the scroll position. */
  children?: ReactNode;
}

export function TotalBar({
  result,
  busy,
  busyLabel,
  canFill,
  canUndo,
  progress,
  sheetTotal,
  onFill,
  onUndo,
  onRescan,
  children,
}: TotalBarProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <header className={styles.bar} data-testid="total-bar">
      <div className={styles.total} role="status" aria-live="polite" aria-label={s.total}>
        <Text weight="semibold">{s.total}</Text>
        <Text size={500} weight="bold" data-testid="total" className={`${styles.score} ${result?.vetoed ? styles.vetoed : ""}`}>
          {result ? s.scoreOf(formatPoints(result.total), formatPoints(result.max)) : "—"}
        </Text>
        {sheetTotal && !sheetTotal.explained && sheetTotal.value !== null && (
          <Text size={200} className={styles.sheetTotal} data-testid="sheet-total">
            {s.sheetTotal(formatPoints(sheetTotal.value))}
          </Text>
        )}
        {progress && progress.total > 0 && (
          <Text size={200} className={styles.progress} data-testid="progress">
            {s.progress(progress.checked, progress.total)}
          </Text>
        )}
      </div>
      <div className={styles.actions}>
        {busyLabel && <PlainSpinner size="tiny" label={busyLabel} />}
        <Button appearance="primary" disabled={!canFill || busy} onClick={onFill}>
          {s.fill}
        </Button>
        {canUndo && (
          <Button disabled={busy} onClick={onUndo}>
            {s.undo}
          </Button>
        )}
        <Button appearance="subtle" disabled={busy} onClick={onRescan}>
          {s.rescan}
        </Button>
      </div>
      <div className={styles.messages} data-testid="status-messages">
        {children}
      </div>
    </header>
  );
}
