import { useId } from "react";
import { makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import type { Clause } from "../core";
import type { ClauseInput } from "./clauseInputs";
import { formatPoints } from "./formatNumber";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalS },
});

export interface OutcomeSwitchProps {
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** zero (the row scores 0), veto (the sheet scores 0) and bonus clauses: on or off. */
export function OutcomeSwitch({ clause, input, onChange }: OutcomeSwitchProps) {
  const styles = useStyles();
  const s = useStrings();
  const hintId = useId();
  const hint = clause.kind === "zero" ? s.zeroHint : clause.kind === "veto" ? s.vetoHint : s.bonusHint(formatPoints(clause.amount));
  return (
    <>
      <Switch
        label={clause.text}
        checked={input.count > 0}
        aria-describedby={hintId}
        onChange={(_, data) => onChange({ ...input, count: data.checked ? 1 : 0 })}
      />
      <Text id={hintId} size={200} className={styles.hint}>
        {hint}
      </Text>
    </>
  );
}
