import { Field } from "@fluentui/react-components";
import { type Clause, type Item, amountLimit, type ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import { NumberStepper } from "./NumberStepper";
import { useStrings } from "./stringsContext";

export interface AmountInputProps {
  item: Item;
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** The points a range clause (within its range) or a manual clause (up to the row's points) deducts. */
export function AmountInput({ item, clause, input, onChange }: AmountInputProps) {
  const s = useStrings();
  const max = amountLimit(clause, item);
  const hint =
    clause.kind === "range" && clause.min !== undefined && clause.max !== undefined
      ? s.rangeHint(formatPoints(clause.min), formatPoints(clause.max))
      : max === null
        ? s.manualHintNoMax
        : s.manualHint(formatPoints(max));
  return (
    <Field label={clause.text} hint={hint}>
      {(field) => (
        <NumberStepper
          field={field}
          value={input.amount ?? 0}
          min={0}
          max={max}
          step={0.5}
          upLabel={s.amountUp}
          downLabel={s.amountDown}
          onChange={(amount) => onChange({ ...input, amount })}
        />
      )}
    </Field>
  );
}
