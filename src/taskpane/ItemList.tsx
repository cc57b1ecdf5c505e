import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from "react";
import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import {
  type AppliedFinding,
  type CurrentItemScore,
  type Item,
  type ItemScore,
  type Problem,
  type ScoreResult,
  type SheetModel,
  clauseKey,
  ROW_INPUT,
  type ClauseInput,
  type ClauseInputs,
} from "../core";
import { ItemCard, type ItemCardProps } from "./ItemCard";
import { PlainInput } from "./PlainInput";
import { matchesQuery, NO_QUERY, problemRows, type ItemFilterKind, type ItemQuery } from "./itemFilter";
import { useStrings } from "./stringsContext";
import { loadVirtualRows } from "./loadVirtualRows";
import { scrollParentOf, type Scroller } from "./scrollParent";
import type { RevealTarget, RowRenderer } from "./VirtualRows";

// Long lists draw nothing for the moment the windowing code takes to load: cards drawn before it would be drawn again.
const VirtualRows = lazy(loadVirtualRows);

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  tools: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  count: { color: tokens.colorNeutralForeground3, marginLeft: "auto" },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderRadius: tokens.borderRadiusMedium },
  // The virtual list places rows itself: the gap between cards is part of each row's measured height.
  spaced: { paddingBottom: tokens.spacingVerticalS },
  highlight: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "2px" },
});

/** Below this many items the list draws every card, without search tools or windowing. */
const TOOLS_FROM = 12;
/** How long an item brought into view stays outlined. */
const HIGHLIGHT_MS = 1600;

/** How a jump to an item ends: focus on its heading, on its first control, or nowhere (the sheet keeps it). */
export type RevealFocus = "heading" | "control" | "none";

export interface ItemListHandle {
  /** Brings the item starting at `row` into view (clearing a search that hides it) and outlines it briefly. */
  reveal(row: number, focus: RevealFocus): void;
}

export interface ItemListProps {
  model: SheetModel;
  result: ScoreResult | null;
  inputs: ClauseInputs;
  /** The checks, for the 有问题 filter. */
  problems?: Problem[];
  /** The 得分 the sheet already has, per item (absent before scoring). */
  sheetScores?: CurrentItemScore[];
  /** Where the search box is, for the `/` shortcut. */
  searchRef?: Ref<HTMLInputElement>;
  /** For jumps to an item from a problem or the grid. */
  handleRef?: Ref<ItemListHandle>;
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
    a.full === b.full &&
    a.zeroed === b.zeroed &&
    a.points === b.points &&
    a.explanation === b.explanation
  );
}

function sameSheet(a: CurrentItemScore | undefined, b: CurrentItemScore | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.value === b.value && a.points === b.points && a.explained === b.explained;
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
    a.onInput === b.onInput &&
    sameScore(a.score, b.score) &&
    sameSheet(a.sheet, b.sheet) &&
    sameApplied(a.applied, b.applied) &&
    sameInputs(b.item, a.inputs, b.inputs),
);

const NO_APPLIED: AppliedFinding[] = [];
const CONTROL = 'input:not([disabled]), button:not([disabled]), [tabindex="0"]';

interface Reveal {
  row: number;
  focus: RevealFocus;
  seq: number;
}

export function ItemList({ model, result, inputs, problems = [], sheetScores, searchRef, handleRef, onInput }: ItemListProps) {
  const styles = useStyles();
  const s = useStrings();
  const [query, setQuery] = useState<ItemQuery>(NO_QUERY);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [focusedRow, setFocusedRow] = useState<number | null>(null);
  // Null until the list is in the page; "unlaid" where nothing is laid out (jsdom): every card is drawn then.
  const [scroller, setScroller] = useState<Scroller | "unlaid" | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const revealed = useRef(0);
  const virtual = model.items.length >= TOOLS_FROM;
  const windowed = virtual && scroller !== null && scroller !== "unlaid";

  const scores = useMemo(() => new Map((result?.items ?? []).map((it) => [it.row, it])), [result]);
  const sheet = useMemo(() => new Map((sheetScores ?? []).map((it) => [it.row, it])), [sheetScores]);
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
  const indexOfRow = useMemo(() => new Map(shown.map((item, i) => [item.row, i])), [shown]);
  const rowKey = useCallback((i: number) => shown[i].row, [shown]);

  useImperativeHandle(handleRef, () => ({ reveal: (row, focus) => setReveal({ row, focus, seq: ++seq.current }) }), []);

  // The pane scrolls the document in Office, its own column in the wide preview: the virtual list follows either.
  useLayoutEffect(() => {
    if (!virtual || !box.current) return;
    const el = box.current;
    const find = () => setScroller(el.offsetWidth > 0 ? scrollParentOf(el) : "unlaid");
    find();
    window.addEventListener("resize", find);
    return () => window.removeEventListener("resize", find);
  }, [virtual]);

  // A jump: a search hiding the item is cleared first; once the item's card is drawn it gets the focus asked for.
  useEffect(() => {
    if (!reveal || revealed.current === reveal.seq) return;
    if (!model.items.some((item) => item.row === reveal.row)) return void (revealed.current = reveal.seq);
    if (!indexOfRow.has(reveal.row)) return void setQuery(NO_QUERY);
    const row = box.current?.querySelector<HTMLElement>(`[data-item-row="${reveal.row}"]`);
    if (!row) return;
    revealed.current = reveal.seq;
    if (!windowed) row.scrollIntoView?.({ block: "center" });
    const target =
      reveal.focus === "heading"
        ? row.querySelector<HTMLElement>(`#item-${reveal.row}`)
        : reveal.focus === "control"
          ? (row.querySelector("article")?.querySelector<HTMLElement>(CONTROL) ?? null)
          : null;
    target?.focus({ preventScroll: windowed });
    setHighlight(reveal.row);
  }, [reveal, indexOfRow, model.items, windowed]);

  useEffect(() => {
    if (highlight === null) return;
    const timer = setTimeout(() => setHighlight(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlight]);

  const renderRow: RowRenderer = useCallback(
    (index, place) => {
      const item = shown[index];
      return (
        <div
          key={item.row}
          ref={place?.ref}
          data-index={place ? index : undefined}
          data-item-row={item.row}
          data-highlighted={item.row === highlight || undefined}
          style={place?.style}
          className={mergeClasses(styles.row, place ? styles.spaced : undefined, item.row === highlight && styles.highlight)}
        >
          {item.group && item.group !== shown[index - 1]?.group && (
            <Text as="h3" weight="semibold" className={styles.group}>
              {item.group}
            </Text>
          )}
          <Card
            item={item}
            score={scores.get(item.row) ?? null}
            inputs={inputs}
            applied={applied.get(item.index) ?? NO_APPLIED}
            sheet={sheet.get(item.row)}
            onInput={onInput}
          />
        </div>
      );
    },
    [shown, styles, highlight, scores, inputs, applied, sheet, onInput],
  );

  if (model.items.length === 0) return <Text>{s.noItems}</Text>;
  const toggle = (kind: ItemFilterKind) =>
    setQuery((q) => {
      const filters = new Set(q.filters);
      if (!filters.delete(kind)) filters.add(kind);
      return { ...q, filters };
    });
  const filterButton = (kind: ItemFilterKind, label: string) => (
    // A Button with aria-pressed, as RowControls does: ToggleButton would grow the pane's first script for this alone.
    <Button
      size="small"
      shape="circular"
      appearance={query.filters.has(kind) ? "primary" : "secondary"}
      aria-pressed={query.filters.has(kind)}
      onClick={() => toggle(kind)}
    >
      {label}
    </Button>
  );
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || shown.length === 0) return;
    event.preventDefault();
    setReveal({ row: shown[0].row, focus: "control", seq: ++seq.current });
  };
  // Kept drawn when out of view: the card holding the focus (Tab goes on from it) and the one being jumped to.
  const pinned = [...new Set([focusedRow, reveal?.row])].flatMap((row) => (row == null ? [] : (indexOfRow.get(row) ?? [])));
  const target: RevealTarget | null = reveal && indexOfRow.has(reveal.row) ? { index: indexOfRow.get(reveal.row)!, seq: reveal.seq } : null;
  return (
    <section className={styles.list} aria-label={s.items}>
      {virtual && (
        <div className={styles.tools} role="search">
          <PlainInput
            ref={searchRef}
            type="search"
            aria-label={s.searchItems}
            placeholder={s.searchPlaceholder}
            value={query.text}
            onChange={(text) => setQuery((q) => ({ ...q, text }))}
            onKeyDown={onSearchKey}
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
      <div
        ref={box}
        className={virtual && scroller !== "unlaid" ? undefined : styles.list}
        onFocus={(e) => {
          const row = Number((e.target as HTMLElement).closest<HTMLElement>("[data-item-row]")?.dataset.itemRow);
          if (Number.isInteger(row)) setFocusedRow(row);
        }}
      >
        {!virtual || scroller === "unlaid"
          ? shown.map((_, i) => renderRow(i, null))
          : scroller && (
              <Suspense fallback={null}>
                <VirtualRows
                  scroller={scroller}
                  box={box}
                  count={shown.length}
                  rowKey={rowKey}
                  pinned={pinned}
                  target={target}
                  renderRow={renderRow}
                />
              </Suspense>
            )}
      </div>
    </section>
  );
}
