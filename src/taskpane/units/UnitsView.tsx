import { useState } from "react";
import { Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import type { UnitSheet } from "../../core";
import type { WorkbookAccess } from "../../host/workbookAccess";
import { useStrings } from "../stringsContext";
import { unitsStrings } from "./unitsStrings";
import { useAssessment } from "./useAssessment";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  unit: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { flexGrow: 1, minWidth: "6em", overflowWrap: "anywhere" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { flexGrow: 1 },
});

const STATE_COLOR = { unscored: "informative", scored: "success", problem: "warning" } as const;

function formatTotal(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export interface UnitsViewProps {
  workbook: WorkbookAccess;
  /** The sheet being scored, copied by 新建单位表. */
  currentSheet: string | null;
  /** Opens a unit sheet in the scoring view. */
  onOpen(sheet: string): void;
}

/** Every unit sheet of the workbook with its state, total and grade; 新建单位表; 生成汇总. */
export function UnitsView({ workbook, currentSheet, onOpen }: UnitsViewProps) {
  const styles = useStyles();
  const s = unitsStrings(useStrings().language);
  const [state, actions] = useAssessment(workbook, s);
  const [name, setName] = useState("");
  const source = currentSheet ?? state.units?.[0]?.sheet ?? null;
  const rowOf = (u: UnitSheet) => state.assessment?.summary.rows.find((r) => r.unit === u.unit) ?? null;

  return (
    <section className={styles.root} aria-label={s.tabUnits} data-testid="units-view">
      {state.error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.section}>
        <div className={styles.unit}>
          <Text weight="semibold" className={styles.name}>
            {s.unitsTitle}
          </Text>
          {state.busy && <Spinner size="tiny" label={s.busy} />}
          <Button size="small" onClick={() => void actions.refresh()} disabled={state.busy}>
            {s.refresh}
          </Button>
        </div>
        {state.units && state.units.length === 0 && <Text>{s.noUnits}</Text>}
        <ul className={styles.list}>
          {(state.units ?? []).map((u) => {
            const row = rowOf(u);
            return (
              <li key={u.sheet} className={styles.unit} data-testid={`unit-${u.sheet}`}>
                <Text className={styles.name}>{u.unit === u.sheet ? u.unit : `${u.unit}（${u.sheet}）`}</Text>
                <Badge className={styles.badge} appearance="tint" color={STATE_COLOR[u.state]} title={u.reason ?? undefined}>
                  {s.state[u.state]}
                </Badge>
                {u.total !== null && <Text data-testid="unit-total">{s.totalOf(formatTotal(u.total), formatTotal(u.max))}</Text>}
                {row && <Text data-testid="unit-grade">{s.rankGrade(row.rank, row.grade)}</Text>}
                <Button size="small" appearance="subtle" onClick={() => onOpen(u.sheet)}>
                  {s.open}
                </Button>
              </li>
            );
          })}
        </ul>
      </div>
      {source && (
        <div className={styles.section}>
          <Text weight="semibold">{s.newUnit}</Text>
          <div className={styles.row}>
            <Field className={styles.grow} label={s.newUnitName} hint={s.newUnitFrom(source)}>
              <Input value={name} onChange={(_, d) => setName(d.value)} />
            </Field>
            <Button disabled={state.busy} onClick={() => void actions.createUnit(source, name).then(() => setName(""))}>
              {s.create}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.section}>
        <Button appearance="primary" disabled={state.busy || !state.units?.some((u) => u.scored)} onClick={() => void actions.summarize()}>
          {state.hasSummary ? s.resummarize : s.summarize}
        </Button>
        <Text size={200}>{s.summarizeHint}</Text>
      </div>
    </section>
  );
}
