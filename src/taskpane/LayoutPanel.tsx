import { useEffect, useState, type SyntheticEvent } from "react";
import { Field, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Role, SheetGrid, SheetModel } from "../core";
import { columnOptions, ROLE_ORDER } from "./columnOptions";
import { formatPoints } from "./formatNumber";
import { recalledLayoutPanelOpen, rememberLayoutPanelOpen } from "./layoutPanelMemory";
import { PlainInput } from "./PlainInput";
import { PlainSelect } from "./PlainSelect";
import { RoleSelect } from "./RoleSelect";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // One line at any width: the facts give way (ellipsis), the ✓ or 请核对 stays in view.
  summary: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    listStyleType: "none",
    "::-webkit-details-marker": { display: "none" },
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  summaryDetail: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  closed: { "::before": { content: '"▸"', flexShrink: 0 } },
  opened: { "::before": { content: '"▾"', flexShrink: 0 } },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightRegular, flexShrink: 0 },
  look: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  fields: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
});

export interface LayoutPanelProps {
  model: SheetModel;
  grid: SheetGrid;
  sheets: string[];
  rubricTitle: string | null;
  unit: string;
  assessor: string;
  disabled: boolean;
  onSheet(sheet: string): void;
  onUnit(unit: string): void;
  onAssessor(assessor: string): void;
  onColumn(role: Role, column: number | null): void;
}

/** A column the scan could not find or had to guess from the cells: the assessor should look before scoring. */
export function layoutNeedsDecision(model: SheetModel): boolean {
  const { columns } = model.layout;
  if (columns.item === undefined || columns.criteria === undefined || columns.points === undefined) return true;
  return model.problems.some((p) => p.code === "column-guessed" || (p.code === "column-missing" && p.severity !== "info"));
}

/**
 * What the scan found (sheet, unit, header row, the column of each role), each correctable. Folded to one line
 * when nothing needs a decision (the user's last choice is remembered); open by itself when a column is missing
 * or guessed.
 */
export function LayoutPanel(props: LayoutPanelProps) {
  const { model, grid, sheets, rubricTitle, unit, assessor, disabled } = props;
  const styles = useStyles();
  const s = useStrings();
  const layout = model.layout;
  const options = columnOptions(grid, layout.headerRow);
  const needsDecision = layoutNeedsDecision(model);
  const [open, setOpen] = useState(() => needsDecision || recalledLayoutPanelOpen());
  useEffect(() => {
    if (needsDecision) setOpen(true);
  }, [needsDecision]);
  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    const now = event.currentTarget.open;
    if (now === open) return; // the browser echoing our own `open`
    setOpen(now);
    rememberLayoutPanelOpen(now);
  };
  const points = formatPoints(model.declaredTotal ?? model.pointsSum);
  const facts = s.layoutFacts(layout.headerRow, model.items.length, points, unit || layout.sheet);
  return (
    <details open={open} onToggle={onToggle} className={styles.panel} data-testid="layout-panel">
      <summary className={mergeClasses(styles.summary, open ? styles.opened : styles.closed)} title={facts}>
        <span>{s.detected}</span>
        <span className={styles.summaryDetail}>
          {" · "}
          {facts}{" "}
        </span>
        {needsDecision ? (
          <span className={styles.look}>· {s.layoutNeedsLook}</span>
        ) : (
          <span className={styles.ok} role="img" aria-label={s.layoutOk}>
            ✓
          </span>
        )}
      </summary>
      <div className={styles.fields}>
        <Field label={s.sheet} orientation="horizontal" size="small">
          {(field) => (
            <PlainSelect field={field} disabled={disabled || sheets.length < 2} value={layout.sheet} onChange={props.onSheet}>
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </PlainSelect>
          )}
        </Field>
        <Field label={s.unit} orientation="horizontal" size="small">
          {(field) => <PlainInput field={field} value={unit} placeholder={s.unitPlaceholder} onChange={props.onUnit} />}
        </Field>
        <Field label={s.assessor} orientation="horizontal" size="small">
          {(field) => <PlainInput field={field} value={assessor} placeholder={s.assessorPlaceholder} onChange={props.onAssessor} />}
        </Field>
        <Field label={s.headerRow} orientation="horizontal" size="small">
          <Text>{s.headerRowValue(layout.headerRow)}</Text>
        </Field>
        <Field label={s.rubric} orientation="horizontal" size="small">
          <Text>{rubricTitle ?? s.rubricNone}</Text>
        </Field>
        {ROLE_ORDER.map((role) => (
          <RoleSelect
            key={role}
            role={role}
            column={layout.columns[role]}
            options={options}
            disabled={disabled}
            onChange={props.onColumn}
          />
        ))}
      </div>
    </details>
  );
}
