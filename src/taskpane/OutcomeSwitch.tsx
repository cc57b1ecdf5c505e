import { useId } from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Clause, ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import { useStrings } from "./stringsContext";

// A checkbox drawn as Fluent's switch (track and thumb in CSS backgrounds, no pseudo-elements: inputs have none in
// every browser). Fluent's Switch would add its styles to the pane's initial script for the sheets that need it.
const THUMB = "radial-gradient(circle at var(--thumbX) 50%, var(--thumb) 6px, transparent 7px)";
// Griffel takes longhands only; its shorthands helper would bring all of its helpers along.
const borderColors = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  switch: {
    appearance: "none",
    flexShrink: 0,
    boxSizing: "border-box",
    width: "40px",
    height: "20px",
    margin: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    "--thumb": tokens.colorNeutralStrokeAccessible,
    "--thumbX": "9px",
    background: THUMB,
    cursor: "pointer",
    ":checked": {
      "--thumb": tokens.colorNeutralForegroundInverted,
      "--thumbX": "29px",
      ...borderColors("transparent"),
      backgroundColor: tokens.colorCompoundBrandBackground,
    },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
    "@media (forced-colors: active)": { ...borderColors("CanvasText"), ":checked": { backgroundColor: "Highlight" } },
  },
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalS },
});

export interface OutcomeSwitchProps {
  clause: Clause;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** zero (the row scores 0), veto (the sheet scores 0) and bonus clauses: on or off. */
export function OutcomeSwitch({ clause, input, onChange }: OutcomeSwitchProps) {
  const styles = useStyles();
  const s = useStrings();
  const hintId = useId();
  const hint = clause.kind === "zero" ? s.zeroHint : clause.kind === "veto" ? s.vetoHint : s.bonusHint(formatPoints(clause.amount));
  return (
    <>
      <label className={styles.row}>
        <input
          type="checkbox"
          role="switch"
          className={styles.switch}
          checked={input.count > 0}
          aria-describedby={hintId}
          onChange={(e) => onChange({ ...input, count: e.target.checked ? 1 : 0 })}
        />
        {clause.text}
      </label>
      <Text id={hintId} size={200} className={styles.hint}>
        {hint}
      </Text>
    </>
  );
}
