import { forwardRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens, type FieldControlProps } from "@fluentui/react-components";

// The browser's own text box in Fluent's small-field look. Fluent's Input wraps the same element in a span under
// ~2.7 KB (gzipped) of styles for sizes, appearances and slots the pane never uses, all in its initial script.
const useStyles = makeStyles({
  input: {
    boxSizing: "border-box",
    minWidth: 0,
    maxWidth: "100%",
    height: "24px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    "::placeholder": { color: tokens.colorNeutralForeground4, opacity: 1 },
    ":hover": {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
    },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    ":disabled": {
      color: tokens.colorNeutralForegroundDisabled,
      borderTopColor: tokens.colorNeutralStrokeDisabled,
      borderRightColor: tokens.colorNeutralStrokeDisabled,
      borderBottomColor: tokens.colorNeutralStrokeDisabled,
      borderLeftColor: tokens.colorNeutralStrokeDisabled,
    },
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
