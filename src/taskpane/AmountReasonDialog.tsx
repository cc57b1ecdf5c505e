import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  SpinButton,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { spinValue } from "./spinValue";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  surface: { maxWidth: "min(420px, calc(100vw - 24px))" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { flexWrap: "wrap" },
});

export interface AmountReasonDialogProps {
  title: string;
  amountLabel: string;
  /** Largest amount accepted (the field keeps the value within [0, max]). */
  max: number;
  amount: number | null;
  note: string;
  /** Shown when there is something to remove (an override or a typed score already entered). */
  clearLabel: string | null;
  onApply(amount: number, note: string): void;
  onClear(): void;
  onCancel(): void;
}

/** An amount and its required reason: 改分 on a clause, 直接打分 on a row. Applies nothing without a reason. */
export function AmountReasonDialog(props: AmountReasonDialogProps) {
  const styles = useStyles();
  const s = useStrings();
  const [amount, setAmount] = useState<number | null>(props.amount);
  const [note, setNote] = useState(props.note);
  const [tried, setTried] = useState(false);
  const missingReason = tried && note.trim() === "";
  const apply = () => {
    setTried(true);
    if (note.trim() === "" || amount === null) return;
    props.onApply(Math.min(Math.max(0, amount), props.max), note.trim());
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={props.amountLabel} required validationMessage={tried && amount === null ? s.amountRequired : undefined}>
              <SpinButton
                value={amount}
                min={0}
                max={props.max}
                step={0.5}
                precision={1}
                incrementButton={{ "aria-label": s.amountUp }}
                decrementButton={{ "aria-label": s.amountDown }}
                onChange={(_, data) => setAmount(spinValue(data))}
              />
            </Field>
            <Field label={s.reasonLabel} required validationMessage={missingReason ? s.reasonRequired : undefined}>
              <Textarea value={note} resize="vertical" onChange={(_, data) => setNote(data.value)} />
            </Field>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={apply}>
              {s.apply}
            </Button>
            {props.clearLabel && <Button onClick={props.onClear}>{props.clearLabel}</Button>}
            <Button onClick={props.onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
