import { Field, Select } from "@fluentui/react-components";
import type { Role } from "../core";
import type { ColumnOption } from "./columnOptions";
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
      <Select
        size="small"
        disabled={disabled}
        value={column === undefined ? NONE : String(column)}
        onChange={(_, data) => onChange(role, data.value === NONE ? null : Number(data.value))}
      >
        <option value={NONE}>{s.roleNone}</option>
        {options.map((o) => (
          <option key={o.col} value={String(o.col)}>
            {s.columnOption(o.letter, o.header)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
