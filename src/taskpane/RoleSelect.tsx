import { Field } from "@fluentui/react-components";
import type { Role } from "../core";
import type { ColumnOption } from "./columnOptions";
import { PlainSelect } from "./PlainSelect";
import { useStrings } from "./stringsContext";

const NONE = "";

export interface RoleSelectProps {
  role: Role;
  column: number | undefined;
  options: ColumnOption[];
  disabled: boolean;
  onChange(role: Role, column: number | null): void;
}

/** The column that holds one role; choosing another re-reads the sheet. */
export function RoleSelect({ role, column, options, disabled, onChange }: RoleSelectProps) {
  const s = useStrings();
  return (
    <Field label={s.roles[role]} orientation="horizontal" size="small">
      {(field) => (
        <PlainSelect
          field={field}
          disabled={disabled}
          value={column === undefined ? NONE : String(column)}
          onChange={(value) => onChange(role, value === NONE ? null : Number(value))}
        >
          <option value={NONE}>{s.roleNone}</option>
          {options.map((o) => (
            <option key={o.col} value={String(o.col)}>
              {s.columnOption(o.letter, o.header)}
            </option>
          ))}
        </PlainSelect>
      )}
    </Field>
  );
}
