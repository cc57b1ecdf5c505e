import { useState } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { type Clause, type Item, hasReason, overrideOf, type ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import { LazyAmountReasonDialog } from "./LazyAmountReasonDialog";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  shown: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  missing: { flexGrow: 1, minWidth: 0, color: tokens.colorStatusWarningForeground3, overflowWrap: "anywhere" },
});

export interface OverrideControlProps {
  item: Item;
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** 改分 on a ticked deduct or per clause: the assessor's amount over the clause's own, applied only with a reason. */
export function OverrideControl({ item, clause, input, onChange }: OverrideControlProps) {
  const styles = useStyles();
  const s = useStrings();
  const [open, setOpen] = useState(false);
  const override = overrideOf(clause, input);
  const per = clause.kind === "per";
  const shown = override !== null;
  return (
    <div className={styles.row}>
      {shown && hasReason(input) && (
        <Text size={200} className={styles.shown} data-testid={`override-${item.row}-${clause.index}`}>
          {s.overrideShown(formatPoints(override), per, input.note.trim())}
        </Text>
      )}
      {shown && !hasReason(input) && (
        <Text size={200} role="alert" className={styles.missing} data-testid={`override-${item.row}-${clause.index}`}>
          {s.overrideNeedsReason(formatPoints(override))}
        </Text>
      )}
      <Button size="small" appearance="subtle" aria-label={s.overrideFor(clause.text)} onClick={() => setOpen(true)}>
        {s.override}
      </Button>
      {open && (
        <LazyAmountReasonDialog
          title={s.overrideFor(clause.text)}
          amountLabel={s.overrideAmount(per, formatPoints(item.points))}
          max={item.points ?? clause.amount ?? 0}
          amount={override ?? clause.amount}
          note={input.note}
          clearLabel={override !== null ? s.clearOverride : null}
          onApply={(amount, note) => {
            setOpen(false);
            onChange({ ...input, amount, note, count: Math.max(input.count, 1) });
          }}
          onClear={() => {
            setOpen(false);
            onChange({ ...input, amount: null });
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </div>
  );
}
