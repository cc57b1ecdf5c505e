import { memo, type Ref } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { problemMessage } from "../core";
import type { Problem, Severity } from "../core";
import { useStrings } from "./stringsContext";
import { Tag, type TagColor } from "./Tag";

const useStyles = makeStyles({
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  summary: {
    cursor: "pointer",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  problem: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
  },
  static: { display: "flex", gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  text: { overflowWrap: "anywhere" },
  // At pane width the text beside it would squeeze the badge to one character per line (提/示).
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
});

const BADGE_COLOR: Record<Severity, TagColor> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface ProblemListProps {
  problems: Problem[];
  onSelect(problem: Problem): void;
  /** The list's <details>, for the summary at the top of the pane to open and scroll to. */
  detailsRef?: Ref<HTMLDetailsElement>;
}

function sameProblems(a: Problem[], b: Problem[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((p, i) => p.code === b[i].code && p.cell === b[i].cell && p.message === b[i].message && p.severity === b[i].severity))
  );
}

/**
 * The engine's checks; one with a cell selects it in the sheet. Drawn again only when the checks change: a tick
 * that leaves them as they were (most do) does not redraw a long list.
 */
export const ProblemList = memo(
  ProblemListView,
  (a, b) => a.onSelect === b.onSelect && a.detailsRef === b.detailsRef && sameProblems(a.problems, b.problems),
);

function ProblemListView({ problems, onSelect, detailsRef }: ProblemListProps) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <details ref={detailsRef} className={styles.section} open={problems.some((p) => p.severity === "error")} data-testid="checks">
      <summary className={styles.summary}>{s.checksCount(problems.length)}</summary>
      {problems.length === 0 ? (
        <Text>{s.noChecks}</Text>
      ) : (
        <ul className={styles.list}>
          {problems.map((p, i) => {
            const content = (
              <>
                <Tag className={styles.badge} color={BADGE_COLOR[p.severity]} rounded data-testid="severity">
                  {s.severity[p.severity]}
                </Tag>
                <span className={styles.text}>
                  {p.cell ? `${p.cell} · ` : ""}
                  {problemMessage(p, s.language)}
                </span>
              </>
            );
            return (
              <li key={`${p.code}-${p.cell}-${i}`}>
                {p.cell ? (
                  <Button appearance="subtle" className={styles.problem} title={s.selectCell(p.cell)} onClick={() => onSelect(p)}>
                    {content}
                  </Button>
                ) : (
                  <div className={styles.static}>{content}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
