import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  surface: { maxWidth: "min(480px, calc(100vw - 24px))" },
  actions: { flexWrap: "wrap" },
});

export interface ConfirmChoice {
  label: string;
  onChoose(): void;
}

export interface ConfirmDialogProps {
  title: string;
  body: string;
  /** The buttons besides 取消, the first one primary. */
  choices: ConfirmChoice[];
  onCancel(): void;
}

/** Asks before an action that would lose or leave out unwritten ticks. */
export function ConfirmDialog({ title, body, choices, onCancel }: ConfirmDialogProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions className={styles.actions}>
            {choices.map((choice, i) => (
              <Button key={choice.label} appearance={i === 0 ? "primary" : "secondary"} onClick={choice.onChoose}>
                {choice.label}
              </Button>
            ))}
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
