import { useRef } from "react";
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../taskpane/stringsContext";
import { useDelayedFlag } from "../taskpane/useDelayedFlag";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1, minWidth: "200px", display: "flex", flexDirection: "column" },
  note: { color: tokens.colorNeutralForeground3 },
  file: { display: "none" },
});

export interface PreviewToolbarProps {
  fileName: string;
  busy: boolean;
  onSample(): void;
  onFile(file: File): void;
  onDownload(): void;
}

export function PreviewToolbar({ fileName, busy, onSample, onFile, onDownload }: PreviewToolbarProps) {
  const styles = useStyles();
  const s = useStrings();
  const input = useRef<HTMLInputElement>(null);
  // Opening a file or downloading may wait for the exceljs chunk: a spinner when it takes over 300 ms.
  const showBusy = useDelayedFlag(busy);
  return (
    <header className={styles.bar} aria-busy={busy}>
      <div className={styles.title}>
        <Text as="h1" weight="semibold" size={400}>
          {s.previewTitle}
        </Text>
        <Text size={200} className={styles.note}>
          {s.previewNote}
        </Text>
        <Text size={200} data-testid="file-name">
          {fileName}
        </Text>
      </div>
      {showBusy && <Spinner size="tiny" data-testid="preview-busy" />}
      <Button disabled={busy} onClick={onSample}>
        {s.openSample}
      </Button>
      <Button disabled={busy} onClick={() => input.current?.click()}>
        {s.openFile}
      </Button>
      <input
        ref={input}
        className={styles.file}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
      <Button appearance="primary" disabled={busy} onClick={onDownload}>
        {s.download}
      </Button>
    </header>
  );
}
