// The checks counted on one line at the top of the pane (`4 个错误 · 2 个提示`); a click goes to the list.
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Problem } from "../core";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  line: { alignSelf: "flex-start", minWidth: 0, padding: 0, fontWeight: tokens.fontWeightRegular, textDecorationLine: "underline" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function ProblemSummary({ problems, onShow }: { problems: Problem[]; onShow(): void }) {
  const styles = useStyles();
  const s = useStrings();
  if (problems.length === 0) return null;
  const count = (severity: Problem["severity"]) => problems.filter((p) => p.severity === severity).length;
  const errors = count("error");
  return (
    <Button
      appearance="transparent"
      size="small"
      className={mergeClasses(styles.line, errors > 0 && styles.error)}
      onClick={onShow}
      data-testid="problem-summary"
    >
      {s.problemCounts(errors, count("warning"), count("info"))}
    </Button>
  );
}
