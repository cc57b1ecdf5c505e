import type { ReactNode } from "react";
import { makeStyles, tokens, type FieldControlProps } from "@fluentui/react-components";

// The browser's own <select> in Fluent's small-field look. Fluent's Select is the same element under ~3.5 KB
// (gzipped) of styles and an icon, all in the pane's initial script for a panel that is folded on most starts.
const useStyles = makeStyles({
  select: {
    boxSizing: "border-box",
    height: "24px",
    maxWidth: "100%",
    flexGrow: 1,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
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
      cursor: "not-allowed",
    },
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
