import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Clause } from "../core";
import { levelOf, type ClauseInput } from "./clauseInputs";
import { formatPoints } from "./formatNumber";
import { useStrings } from "./stringsContext";

export interface LevelPickerProps {
  clause: Clause;
  /** The row's points: a level marked 得满分 scores them. */
  points: number | null;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** Level clauses (无事故得10分,平指标得5分,超指标不得分): the assessor picks one level, or none yet. */
export function LevelPicker({ clause, points, input, onChange }: LevelPickerProps) {
  const s = useStrings();
  const chosen = levelOf(clause, input);
  return (
    <Field label={clause.text}>
      <RadioGroup
        value={String(chosen === null ? 0 : chosen + 1)}
        onChange={(_, data) => onChange({ ...input, count: Number(data.value) })}
      >
        <Radio value="0" label={s.levelNone} />
        {(clause.levels ?? []).map((level, i) => (
          <Radio
            key={`${i}-${level.label}`}
            value={String(i + 1)}
            label={s.levelOption(level.label, formatPoints(level.full ? points : level.score))}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
