import { makeStyles, Text, tokens } from "@fluentui/react-components";
import {
  type AppliedFinding,
  type CurrentItemScore,
  type Item,
  type ItemScore,
  inputOf,
  isApplied,
  ROW_INPUT,
  rowInputOf,
  type ClauseInput,
  type ClauseInputs,
} from "../core";
import { ClauseControl } from "./ClauseControl";
import { formatPoints } from "./formatNumber";
import { RowControls } from "./RowControls";
import { Tag } from "./Tag";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, margin: 0, overflowWrap: "anywhere" },
  score: { display: "flex", flexDirection: "column", alignItems: "flex-end", gap: tokens.spacingVerticalXXS, flexShrink: 0 },
  value: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  clauses: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ItemCardProps {
  item: Item;
  score: ItemScore | null;
  inputs: ClauseInputs;
  /** The engine's records of this item's ticked clauses. */
  applied: AppliedFinding[];
  /** The 得分 the sheet already has for this item (absent: the sheet has no score cell for it). */
  sheet?: CurrentItemScore;
  /** clause ROW_INPUT (0): the row's own input (已核查, typed score). */
  onInput(row: number, clause: number, input: ClauseInput): void;
}

export function ItemCard({ item, score, inputs, applied, sheet, onInput }: ItemCardProps) {
  const styles = useStyles();
  const s = useStrings();
  const titleId = `item-${item.row}`;
  const points = item.points === null ? s.noPoints : formatPoints(item.points);
  const row = rowInputOf(inputs, item);
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid={`item-${item.row}`}>
      <div className={styles.header}>
        <Text id={titleId} as="h3" weight="semibold" className={styles.name} tabIndex={-1}>
          {item.no ? `${item.no} ` : ""}
          {item.name}
        </Text>
        <div className={styles.score}>
          <Text weight="bold" className={styles.value} data-testid={`item-score-${item.row}`}>
            {s.itemScore(formatPoints(score?.score), points)}
          </Text>
          {sheet && sheet.value !== null && (
            <Text size={200} className={styles.value} data-testid={`item-sheet-score-${item.row}`}>
              {sheet.points !== null ? s.sheetScore(formatPoints(sheet.points)) : s.sheetScoreText(String(sheet.value))}
            </Text>
          )}
          {sheet && !sheet.explained && (
            <Tag color="warning" data-testid={`item-sheet-differs-${item.row}`}>
              {s.sheetDiffers}
            </Tag>
          )}
          {item.selfScore !== undefined && (
            <Text size={200} className={styles.value} data-testid={`item-self-${item.row}`}>
              {s.selfScore(formatPoints(item.selfScore))}
            </Text>
          )}
          {item.selfScore !== undefined && score?.score != null && item.selfScore > score.score && (
            <Tag color="warning" data-testid={`item-self-high-${item.row}`}>
              {s.selfTooHigh}
            </Tag>
          )}
          {score?.zeroed ? <Tag color="danger">{s.zeroed}</Tag> : score?.full ? <Tag color="warning">{s.capped}</Tag> : null}
        </div>
      </div>
      <div className={styles.clauses}>
        {item.clauses.map((clause) => (
          <ClauseControl
            key={clause.index}
            item={item}
            clause={clause}
            input={inputOf(inputs, item, clause)}
            onChange={(input) => onInput(item.row, clause.index, input)}
            applied={applied.find((f) => f.clauseIndex === clause.index)}
          />
        ))}
      </div>
      <RowControls
        item={item}
        input={row}
        ticked={item.clauses.some((clause) => isApplied(clause, inputOf(inputs, item, clause)))}
        onChange={(input) => onInput(item.row, ROW_INPUT, input)}
      />
    </article>
  );
}
