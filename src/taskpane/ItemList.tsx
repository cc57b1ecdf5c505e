import { memo, useEffect, useMemo, useRef, useState, type Ref } from "react";
import { Input, makeStyles, mergeClasses, Text, ToggleButton, tokens } from "@fluentui/react-components";
import type { AppliedFinding, Item, ItemScore, Problem, ScoreResult, SheetModel } from "../core";
import { clauseKey, ROW_INPUT, type ClauseInput, type ClauseInputs } from "./clauseInputs";
import { ItemCard, type ItemCardProps } from "./ItemCard";
import { matchesQuery, problemRows, type ItemFilterKind, type ItemQuery } from "./itemFilter";
import { useStrings } from "./stringsContext";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  tools: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  count: { color: tokens.colorNeutralForeground3, marginLeft: "auto" },
  // The browser skips laying out and painting cards far from the viewport; the estimate keeps the scrollbar steady.
  card: { contentVisibility: "auto", containIntrinsicSize: "auto 180px" },
  sentinel: { height: "1px" },
});

/** Cards drawn at first, and added each time the end of the list comes near: a sheet of 1,000 items opens at once. */
const PAGE = 40;
/** Below this many items the search tools would only take room. */
const TOOLS_FROM = 12;

export interface ItemListProps {
  model: SheetModel;
  result: ScoreResult | null;
  inputs: ClauseInputs;
  /** The unit the sheet is scored for. */
  unit: string | null;
  /** The checks, for the 有问题 filter. */
  problems?: Problem[];
  /** Where the search box is, for the `/` shortcut. */
  searchRef?: Ref<HTMLInputElement>;
  onInput(row: number, clause: number, input: ClauseInput): void;
}

function sameScore(a: ItemScore | null, b: ItemScore | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.score === b.score &&
    a.deducted === b.deducted &&
    a.bonus === b.bonus &&
    a.capped === b.capped &&
    a.zeroed === b.zeroed &&
    a.points === b.points &&
    a.explanation === b.explanation
  );
}

function sameApplied(a: AppliedFinding[], b: AppliedFinding[]): boolean {
  if (a === b) return true;
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

function sameInputs(item: Item, a: ClauseInputs, b: ClauseInputs): boolean {
  if (a === b) return true;
  if (a[clauseKey(item, { index: ROW_INPUT })] !== b[clauseKey(item, { index: ROW_INPUT })]) return false;
  return item.clauses.every((c) => a[clauseKey(item, c)] === b[clauseKey(item, c)]);
}

/** A tick re-draws its own card and no other: every other card's props are the same by value. */
const Card = memo(
  ItemCard,
  (a: ItemCardProps, b: ItemCardProps) =>
    a.item === b.item &&
    a.unit === b.unit &&
    a.onInput === b.onInput &&
    sameScore(a.score, b.score) &&
    sameApplied(a.applied, b.applied) &&
    sameInputs(b.item, a.inputs, b.inputs),
);

const NO_APPLIED: AppliedFinding[] = [];

export function ItemList({ model, result, inputs, unit, problems = [], searchRef, onInput }: ItemListProps) {
  const styles = useStyles();
  const s = useStrings();
  const [query, setQuery] = useState<ItemQuery>({ text: "", filters: new Set() });
  const [limit, setLimit] = useState(PAGE);
  const sentinel = useRef<HTMLDivElement>(null);

  const scores = useMemo(() => new Map((result?.items ?? []).map((it) => [it.row, it])), [result]);
  const applied = useMemo(() => {
    const byItem = new Map<number, AppliedFinding[]>();
    for (const f of result?.applied ?? []) byItem.set(f.itemIndex, [...(byItem.get(f.itemIndex) ?? []), f]);
    return byItem;
  }, [result]);
  const rowsWithProblems = useMemo(() => problemRows(problems), [problems]);
  const shown = useMemo(() => {
    if (!query.text && query.filters.size === 0) return model.items;
    const appliedItems = new Set([...applied.entries()].filter(([, fs]) => fs.some((f) => f.applied)).map(([i]) => i));
    const facts = { scores, appliedItems, inputs, problemRows: rowsWithProblems };
    return model.items.filter((item) => matchesQuery(item, query, facts));
  }, [model.items, query, scores, applied, inputs, rowsWithProblems]);

  useEffect(() => setLimit(PAGE), [query]);
  const more = shown.length > limit;
  useEffect(() => {
    const end = sentinel.current;
    if (!more || !end) return;
    if (typeof IntersectionObserver === "undefined") return void setLimit(Infinity);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + PAGE);
      },
      { rootMargin: "800px 0px" },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [more, limit]);

  if (model.items.length === 0) return <Text>{s.noItems}</Text>;
  const toggle = (kind: ItemFilterKind) =>
    setQuery((q) => {
      const filters = new Set(q.filters);
      if (!filters.delete(kind)) filters.add(kind);
      return { ...q, filters };
    });
  const filterButton = (kind: ItemFilterKind, label: string) => (
    <ToggleButton size="small" shape="circular" checked={query.filters.has(kind)} onClick={() => toggle(kind)}>
      {label}
    </ToggleButton>
  );
  const drawn = shown.slice(0, limit);
  return (
    <section className={styles.list} aria-label={s.items}>
      {model.items.length >= TOOLS_FROM && (
        <div className={styles.tools} role="search">
          <Input
            ref={searchRef}
            type="search"
            size="small"
            aria-label={s.searchItems}
            placeholder={s.searchPlaceholder}
            value={query.text}
            onChange={(_, d) => setQuery((q) => ({ ...q, text: d.value }))}
            data-testid="item-search"
          />
          <div className={styles.filters}>
            {filterButton("deducted", s.filterDeducted)}
            {filterButton("unchecked", s.filterUnchecked)}
            {filterButton("problems", s.filterProblems)}
            <Text size={200} className={styles.count} aria-live="polite">
              {s.itemsShown(shown.length, model.items.length)}
            </Text>
          </div>
        </div>
      )}
      {shown.length === 0 && <Text>{s.noMatch}</Text>}
      {drawn.map((item, i) => (
        <div key={item.row} className={mergeClasses(styles.list, model.items.length >= TOOLS_FROM && styles.card)}>
          {item.group && item.group !== drawn[i - 1]?.group && (
            <Text as="h3" weight="semibold" className={styles.group}>
              {item.group}
            </Text>
          )}
          <Card
            item={item}
            score={scores.get(item.row) ?? null}
            inputs={inputs}
            applied={applied.get(item.index) ?? NO_APPLIED}
            unit={unit}
            onInput={onInput}
          />
        </div>
      ))}
      {more && <div ref={sentinel} className={styles.sentinel} />}
    </section>
  );
}
