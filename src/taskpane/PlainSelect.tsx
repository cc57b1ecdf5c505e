import type { ReactNode } from "react";
import { makeStyles, tokens, type FieldControlProps } from "@fluentui/react-components";
import { PLAIN_FIELD, PLAIN_FIELD_DISABLED } from "./plainFieldLook";

// The browser's own <select> in Fluent's small-field look. Fluent's Select is the same element under ~3.5 KB
// (gzipped) of styles and an icon, all in the pane's initial script for a panel that is folded on most starts.
const useStyles = makeStyles({
  select: {
    ...PLAIN_FIELD,
    flexGrow: 1,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    cursor: "pointer",
    ":disabled": { ...PLAIN_FIELD_DISABLED, cursor: "not-allowed" },
    "& option": { backgroundColor: tokens.colorNeutralBackground1 },
  },
});

export interface PlainSelectProps {
  /** What Field gives its control: id and the aria attributes that name it. */
  field: FieldControlProps;
  value: string;
  disabled?: boolean;
  onChange(value: string): void;
  children: ReactNode;
}

/** A small select inside a Fluent Field: `<Field>{(field) => <PlainSelect field={field} …/>}</Field>`. */
export function PlainSelect({ field, value, disabled, onChange, children }: PlainSelectProps) {
  const styles = useStyles();
  return (
    <select {...field} className={styles.select} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {children}
    </select>
  );
}
