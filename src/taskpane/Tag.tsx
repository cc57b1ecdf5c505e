import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

// A short label in the colours of Fluent's tinted Badge. Badge itself is a span too, under ~2.5 KB (gzipped) of
// sizes, shapes and appearances the pane never uses, all in its initial script.
const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    minHeight: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
  },
  rounded: { borderRadius: tokens.borderRadiusMedium },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
});

export type TagColor = "warning" | "danger" | "informative" | "success";

export interface TagProps {
  color: TagColor;
  /** Medium-rounded corners instead of a pill. */
  rounded?: boolean;
  className?: string;
  children: ReactNode;
  "data-testid"?: string;
}

export function Tag({ color, rounded, className, children, "data-testid": testId }: TagProps) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, styles[color], rounded && styles.rounded, className)} data-testid={testId}>
      {children}
    </span>
  );
}
