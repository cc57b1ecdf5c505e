import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellValue } from "../core";
import type { CellChange } from "../core";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
  surface: { maxWidth: "min(480px, calc(100vw - 24px))" },
});

function shown(value: CellValue): string {
  return value === null || value === "" ? "∅" : String(value);
}

export interface ConflictDialogProps {
  /** Filled cells the fill would overwrite. */
  changes: CellChange[];
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before a fill overwrites cells that already hold a different value. */
export function ConflictDialog({ changes, onConfirm, onCancel }: ConflictDialogProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{s.conflictTitle}</DialogTitle>
          <DialogContent>
            {s.conflictBody(changes.length)}
            <ul className={styles.list} data-testid="overwrite-list">
              {changes.map((c) => (
                <li key={c.cell}>{s.cellChange(c.cell, shown(c.previous), shown(c.value))}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {s.overwrite}
            </Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
