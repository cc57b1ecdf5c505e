import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

// A message strip in Fluent's MessageBar colours. MessageBar itself brought ~3 KB (gzipped) of reflow, transition
// and icon code into the pane's initial script for a few lines of text and two buttons.
const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  body: { flexGrow: 1, flexBasis: "12em", minWidth: 0, overflowWrap: "anywhere" },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginLeft: "auto" },
});

export interface StatusBannerProps {
  intent: "error" | "warning" | "success";
  /** "alert" for errors (read out at once), "status" for notices (read out when the reader is free). */
  role: "alert" | "status";
  title?: string;
  children: ReactNode;
  /** Buttons at the end of the strip. */
  actions?: ReactNode;
  "data-testid"?: string;
}

export function StatusBanner({ intent, role, title, children, actions, "data-testid": testId }: StatusBannerProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, styles[intent])} role={role} data-testid={testId}>
      <div className={styles.body}>
        {title && <span className={styles.title}>{title}</span>}
        {children}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
