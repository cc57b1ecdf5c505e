import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { type AppliedFinding, type Clause, type Item, isApplied, takesOverride, type ClauseInput } from "../core";
import { AmountInput } from "./AmountInput";
import { AwardText } from "./AwardText";
import { clauseRemark, remarkText } from "./clauseRemark";
import { CountStepper } from "./CountStepper";
import { DeductCheckbox } from "./DeductCheckbox";
import { LevelPicker } from "./LevelPicker";
import { NoteInput } from "./NoteInput";
import { OutcomeSwitch } from "./OutcomeSwitch";
import { OverrideControl } from "./OverrideControl";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  clause: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  remark: { color: tokens.colorStatusWarningForeground3, overflowWrap: "anywhere" },
});

export interface ClauseControlProps {
  item: Item;
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
  /** The engine's record of this clause when it is ticked. */
  applied?: AppliedFinding;
}

/** The control that fits the clause's kind; once applied, 改分 where the clause has an amount of its own, and a note. */
export function ClauseControl({ item, clause, input, onChange, applied }: ClauseControlProps) {
  const styles = useStyles();
  const s = useStrings();
  const remark = clauseRemark(clause, input, applied);
  const control = (() => {
    switch (clause.kind) {
      case "deduct":
        return <DeductCheckbox clause={clause} input={input} onChange={onChange} />;
      case "per":
        return <CountStepper item={item} clause={clause} input={input} onChange={onChange} />;
      case "range":
      case "manual":
        return <AmountInput item={item} clause={clause} input={input} onChange={onChange} />;
      case "zero":
      case "veto":
      case "bonus":
        return <OutcomeSwitch clause={clause} input={input} onChange={onChange} />;
      case "award":
        return <AwardText clause={clause} />;
      case "level":
        return <LevelPicker clause={clause} points={item.points} input={input} onChange={onChange} />;
    }
  })();
  return (
    <div className={styles.clause} data-testid={`clause-${item.row}-${clause.index}`}>
      {control}
      {/* 改分 is offered once the clause is ticked, beside its note: an unticked clause has nothing to change. */}
      {takesOverride(clause) && isApplied(clause, input) && (
        <OverrideControl item={item} clause={clause} input={input} onChange={onChange} />
      )}
      {remark && (
        <Text size={200} className={styles.remark} role="note" data-testid={`clause-remark-${item.row}-${clause.index}`}>
          {remarkText(s, remark)}
        </Text>
      )}
      {isApplied(clause, input) && <NoteInput clause={clause} input={input} onChange={onChange} />}
    </div>
  );
}
