import { useId } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

// A ring turning beside its label, in Fluent Spinner's colours. Spinner brought ~2 KB (gzipped) of sizes, label
// positions and a delayed-mount hook into the pane's initial script for two busy indicators.
const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  ring: {
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "0.8s",
    animationTimingFunction: "linear",
    animationIterationCount: "infinite",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "2.4s" },
  },
  tiny: { width: "20px", height: "20px" },
  medium: {
    width: "32px",
    height: "32px",
    borderTopWidth: "3px",
    borderRightWidth: "3px",
    borderBottomWidth: "3px",
    borderLeftWidth: "3px",
  },
});

export interface PlainSpinnerProps {
  /** Shown beside the ring and read out as its name. */
  label?: string;
  size?: "tiny" | "medium";
  className?: string;
}

export function PlainSpinner({ label, size = "medium", className }: PlainSpinnerProps) {
  const styles = useStyles();
  const labelId = useId();
  // Named by the visible label (not aria-label beside it), so a screen reader says it once.
  return (
    <div className={mergeClasses(styles.root, className)} role="progressbar" aria-labelledby={label ? labelId : undefined}>
      <span className={mergeClasses(styles.ring, styles[size])} aria-hidden="true" />
      {label && <span id={labelId}>{label}</span>}
    </div>
  );
}
