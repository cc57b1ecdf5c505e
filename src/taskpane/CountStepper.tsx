import { Field, SpinButton } from "@fluentui/react-components";
import type { Clause } from "../core/types";
import { countLimit, type ClauseInput } from "./clauseInputs";
import { formatPoints } from "./formatNumber";
import { spinValue } from "./spinValue";
import { useStrings } from "./stringsContext";

export interface CountStepperProps {
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** Occurrences of a per clause, 0 up to its cap. */
export function CountStepper({ clause, input, onChange }: CountStepperProps) {
  const s = useStrings();
  const limit = countLimit(clause);
  return (
    <Field label={clause.text} hint={s.perHint(formatPoints(clause.amount), clause.unit ?? "", limit === null ? null : String(limit))}>
      <SpinButton
        value={input.count}
        min={0}
        max={limit ?? undefined}
        step={1}
        onChange={(_, data) => {
          const n = spinValue(data);
          onChange({ ...input, count: n === null ? 0 : n });
        }}
      />
    </Field>
  );
}
