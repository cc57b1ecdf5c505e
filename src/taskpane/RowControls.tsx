import { useState } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { type Item, hasReason, typedScoreLimit, type ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import { LazyAmountReasonDialog } from "./LazyAmountReasonDialog";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  tools: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" },
  missing: { color: tokens.colorStatusWarningForeground3, overflowWrap: "anywhere" },
  typed: { overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface RowControlsProps {
  item: Item;
  /** The row's input: count 1 when marked 已核查, amount the typed score, note its reason. */
  input: ClauseInput;
  /** Some clause of the row is ticked: a typed score replaces what it gives. */
  ticked: boolean;
  onChange(input: ClauseInput): void;
}

/** What applies to the whole item: 已核查 (checked, nothing found) and 直接打分 (a typed score with its reason). */
export function RowControls({ item, input, ticked, onChange }: RowControlsProps) {
  const styles = useStyles();
  const s = useStrings();
  const [open, setOpen] = useState(false);
  const typed = input.amount;
  return (
    <div className={styles.root}>
      {typed !== null && hasReason(input) && (
        <Text size={200} className={styles.typed} data-testid={`typed-${item.row}`}>
          {s.typedShown(formatPoints(typed), input.note.trim())}
          {ticked && (
            <Text size={200} block className={styles.hint}>
              {s.typedIgnoresTicks}
            </Text>
          )}
        </Text>
      )}
      {typed !== null && !hasReason(input) && (
        <Text size={200} role="alert" className={styles.missing} data-testid={`typed-${item.row}`}>
          {s.typedNeedsReason(formatPoints(typed))}
        </Text>
      )}
      <div className={styles.tools}>
        {/* A plain Button with aria-pressed: Fluent's ToggleButton would add to the pane's initial script for this alone. */}
        <Button
          size="small"
          appearance={input.count > 0 ? "primary" : "subtle"}
          aria-pressed={input.count > 0}
          onClick={() => onChange({ ...input, count: input.count > 0 ? 0 : 1 })}
        >
          {s.markChecked}
        </Button>
        <Button size="small" appearance="subtle" aria-label={s.typedScoreFor(item.name)} onClick={() => setOpen(true)}>
          {s.typedScore}
        </Button>
      </div>
      {open && (
        <LazyAmountReasonDialog
          title={s.typedScoreFor(item.name)}
          amountLabel={s.typedScoreAmount(formatPoints(typedScoreLimit(item)))}
          max={typedScoreLimit(item)}
          amount={typed ?? item.points}
          note={input.note}
          clearLabel={typed !== null ? s.clearTyped : null}
          onApply={(amount, note) => {
            setOpen(false);
            onChange({ ...input, amount, note });
          }}
          onClear={() => {
            setOpen(false);
            onChange({ ...input, amount: null, note: "" });
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </div>
  );
}
