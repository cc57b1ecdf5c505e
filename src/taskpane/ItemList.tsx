import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ScoreResult, SheetModel } from "../core/types";
import type { ClauseInput, ClauseInputs } from "./clauseInputs";
import { ItemCard } from "./ItemCard";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
});

export interface ItemListProps {
  model: SheetModel;
  result: ScoreResult | null;
  inputs: ClauseInputs;
  /** The unit the sheet is scored for. */
  unit: string | null;
  onInput(row: number, clause: number, input: ClauseInput): void;
}

export function ItemList({ model, result, inputs, unit, onInput }: ItemListProps) {
  const styles = useStyles();
  const s = useStrings();
  if (model.items.length === 0) return <Text>{s.noItems}</Text>;
  return (
    <section className={styles.list} aria-label={s.items}>
      {model.items.map((item, i) => (
        <div key={item.row} className={styles.list}>
          {item.group && item.group !== model.items[i - 1]?.group && (
            <Text as="h3" weight="semibold" className={styles.group}>
              {item.group}
            </Text>
          )}
          <ItemCard
            item={item}
            score={result?.items.find((it) => it.row === item.row) ?? null}
            inputs={inputs}
            applied={result?.applied.filter((f) => f.itemIndex === item.index) ?? []}
            unit={unit}
            onInput={onInput}
          />
        </div>
      ))}
    </section>
  );
}
