import { useId } from "react";
import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Clause, ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: "32px" },
});

export interface DeductCheckboxProps {
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

export function DeductCheckbox({ clause, input, onChange }: DeductCheckboxProps) {
  const styles = useStyles();
  const s = useStrings();
  const hintId = useId();
  return (
    <>
      <Checkbox
        label={clause.text}
        checked={input.count > 0}
        aria-describedby={hintId}
        onChange={(_, data) => onChange({ ...input, count: data.checked === true ? 1 : 0 })}
      />
      <Text id={hintId} size={200} className={styles.hint}>
        {s.deductHint(formatPoints(clause.amount))}
      </Text>
    </>
  );
}
