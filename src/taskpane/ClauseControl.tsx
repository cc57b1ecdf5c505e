import { makeStyles, tokens } from "@fluentui/react-components";
import type { Clause, Item } from "../core/types";
import { AmountInput } from "./AmountInput";
import { AwardText } from "./AwardText";
import { isApplied, type ClauseInput } from "./clauseInputs";
import { CountStepper } from "./CountStepper";
import { DeductCheckbox } from "./DeductCheckbox";
import { NoteInput } from "./NoteInput";
import { OutcomeSwitch } from "./OutcomeSwitch";

const useStyles = makeStyles({
  clause: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

export interface ClauseControlProps {
  item: Item;
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** The control that fits the clause's kind, and a note once the clause is applied. */
export function ClauseControl({ item, clause, input, onChange }: ClauseControlProps) {
  const styles = useStyles();
  const control = (() => {
    switch (clause.kind) {
      case "deduct":
        return <DeductCheckbox clause={clause} input={input} onChange={onChange} />;
      case "per":
        return <CountStepper clause={clause} input={input} onChange={onChange} />;
      case "range":
      case "manual":
        return <AmountInput item={item} clause={clause} input={input} onChange={onChange} />;
      case "zero":
      case "veto":
      case "bonus":
        return <OutcomeSwitch clause={clause} input={input} onChange={onChange} />;
      case "award":
        return <AwardText clause={clause} />;
    }
  })();
  return (
    <div className={styles.clause} data-testid={`clause-${item.row}-${clause.index}`}>
      {control}
      {isApplied(clause, input) && <NoteInput clause={clause} input={input} onChange={onChange} />}
    </div>
  );
}
