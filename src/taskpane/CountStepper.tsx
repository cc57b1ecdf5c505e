import { Field } from "@fluentui/react-components";
import { type Clause, type Item, countLimit, type ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import { NumberStepper } from "./NumberStepper";
import { useStrings } from "./stringsContext";

export interface CountStepperProps {
  item: Item;
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** Occurrences of a per clause, 0 up to its cap (its own, or the row's points). */
export function CountStepper({ item, clause, input, onChange }: CountStepperProps) {
  const s = useStrings();
  const limit = countLimit(clause, item);
  return (
    <Field label={clause.text} hint={s.perHint(formatPoints(clause.amount), clause.unit ?? "", limit === null ? null : String(limit))}>
      {(field) => (
        <NumberStepper
          field={field}
          value={input.count}
          min={0}
          max={limit}
          step={1}
          upLabel={s.countUp}
          downLabel={s.countDown}
          onChange={(n) => onChange({ ...input, count: n ?? 0 })}
        />
      )}
    </Field>
  );
}
