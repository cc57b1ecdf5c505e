import { useId } from "react";
import { Field, makeStyles, tokens } from "@fluentui/react-components";
import { type Clause, levelOf, type ClauseInput } from "../core";
import { formatPoints } from "./formatNumber";
import { useStrings } from "./stringsContext";

// The browser's own radio buttons drawn as Fluent's (ring and dot in CSS): Fluent's Radio and RadioGroup would add
// their styles to the pane's initial script for the few sheets that have level clauses.
const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column" },
  option: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  radio: {
    appearance: "none",
    boxSizing: "border-box",
    width: "16px",
    height: "16px",
    margin: 0,
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    cursor: "pointer",
    ":checked": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorCompoundBrandStroke}`,
      background: `radial-gradient(circle, ${tokens.colorCompoundBrandForeground1} 4px, transparent 4.5px)`,
    },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
    "@media (forced-colors: active)": {
      border: "1px solid CanvasText",
      ":checked": { background: "radial-gradient(circle, Highlight 4px, transparent 4.5px)" },
    },
  },
});

export interface LevelPickerProps {
  clause: Clause;
  /** The row's points: a level marked 得满分 scores them. */
  points: number | null;
  input: ClauseInput;
  onChange(input: ClauseInput): void;
}

/** Level clauses (无事故得10分,平指标得5分,超指标不得分): the assessor picks one level, or none yet. */
export function LevelPicker({ clause, points, input, onChange }: LevelPickerProps) {
  const styles = useStyles();
  const s = useStrings();
  const name = useId();
  const chosen = levelOf(clause, input);
  const value = chosen === null ? 0 : chosen + 1;
  const labels = [
    s.levelNone,
    ...(clause.levels ?? []).map((level) => s.levelOption(level.label, formatPoints(level.full ? points : level.score))),
  ];
  return (
    <Field label={clause.text}>
      {(field) => (
        <div role="radiogroup" {...field} className={styles.group}>
          {labels.map((label, i) => (
            <label key={`${i}-${label}`} className={styles.option}>
              <input
                type="radio"
                className={styles.radio}
                name={name}
                value={String(i)}
                checked={value === i}
                onChange={() => onChange({ ...input, count: i })}
              />
              {label}
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}
