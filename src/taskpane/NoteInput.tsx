import type { Clause, ClauseInput } from "../core";
import { PlainInput } from "./PlainInput";
import { useStrings } from "./stringsContext";

export interface NoteInputProps {
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

export function NoteInput({ clause, input, onChange }: NoteInputProps) {
  const s = useStrings();
  return (
    <PlainInput
      value={input.note}
      placeholder={s.notePlaceholder}
      aria-label={s.noteFor(clause.text)}
      onChange={(note) => onChange({ ...input, note })}
    />
  );
}
