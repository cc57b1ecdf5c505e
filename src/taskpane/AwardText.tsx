import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Clause } from "../core";
import { formatPoints } from "./formatNumber";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Positive wording ("无事故得20分"): shown, nothing to tick. */
export function AwardText({ clause }: { clause: Clause }) {
  const styles = useStyles();
  const s = useStrings();
  return (
    <div className={styles.root}>
      <Text>{clause.text}</Text>
      <Text size={200} className={styles.hint}>
        {clause.amount === null ? s.awardHintNoAmount : s.awardHint(formatPoints(clause.amount))}
      </Text>
    </div>
  );
}
