import { Input } from "@fluentui/react-components";
import type { Clause } from "../core";
import type { ClauseInput } from "./clauseInputs";
import { useStrings } from "./stringsContext";

export interface NoteInputProps {
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

export function NoteInput({ clause, input, onChange }: NoteInputProps) {
  const s = useStrings();
  return (
    <Input
      size="small"
      value={input.note}
      placeholder={s.notePlaceholder}
      aria-label={s.noteFor(clause.text)}
      onChange={(_, data) => onChange({ ...input, note: data.value })}
    />
  );
}
