import { forwardRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens, type FieldControlProps } from "@fluentui/react-components";
import { PLAIN_FIELD, PLAIN_FIELD_DISABLED } from "./plainFieldLook";

// The browser's own text box in Fluent's small-field look. Fluent's Input wraps the same element in a span under
// ~2.7 KB (gzipped) of styles for sizes, appearances and slots the pane never uses, all in its initial script.
const useStyles = makeStyles({
  input: {
    ...PLAIN_FIELD,
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    "::placeholder": { color: tokens.colorNeutralForeground4, opacity: 1 },
    ":disabled": PLAIN_FIELD_DISABLED,
  },
});

export interface PlainInputProps {
  /** In a Fluent Field, what it gives its control (id and the aria attributes that name it). */
  field?: FieldControlProps;
  value: string;
  type?: "text" | "search";
  placeholder?: string;
  "aria-label"?: string;
  "data-testid"?: string;
  className?: string;
  onChange(value: string): void;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
}

/** A small text box; in a Field: `<Field>{(field) => <PlainInput field={field} …/>}</Field>`. */
export const PlainInput = forwardRef<HTMLInputElement, PlainInputProps>(function PlainInput(
  { field, value, type = "text", placeholder, className, onChange, onKeyDown, ...aria },
  ref,
) {
  const styles = useStyles();
  return (
    <input
      {...field}
      {...aria}
      ref={ref}
      type={type}
      className={mergeClasses(styles.input, className)}
      value={value}
      placeholder={placeholder}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
});
