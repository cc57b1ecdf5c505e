// Windowing for a long item list: only the cards near the view are drawn, each placed at its measured offset.
import { useCallback, useEffect, useLayoutEffect, useState, type CSSProperties, type ReactElement, type RefObject } from "react";
import {
  defaultRangeExtractor,
  measureElement,
  useVirtualizer,
  useWindowVirtualizer,
  type Range,
  type Virtualizer,
} from "@tanstack/react-virtual";
import type { Scroller } from "./scrollParent";

/** Where the virtual list puts a row: the row element takes the ref (for measuring) and the style (for placing). */
export interface RowPlace {
  ref(el: HTMLDivElement | null): void;
  style: CSSProperties;
}

/** Draws row `index`; `place` is null when the list is drawn whole. */
export type RowRenderer = (index: number, place: RowPlace | null) => ReactElement;

/** A row to scroll to; `seq` tells one jump from the next to the same row. */
export interface RevealTarget {
  index: number;
  seq: number;
}

export interface VirtualRowsProps {
  scroller: Scroller;
  /** The element the rows are drawn in, for its offset from the top of what scrolls. */
  box: RefObject<HTMLElement>;
  count: number;
  rowKey(index: number): number;
  /** Rows drawn even when out of view. */
  pinned: number[];
  target: RevealTarget | null;
  renderRow: RowRenderer;
}

/** A card's height before it is measured. */
const ESTIMATE = 180;
const estimate = () => ESTIMATE;

/** A row's real height; the estimate where nothing is laid out (jsdom), so the window still holds only a few. */
function measureOrEstimate<S extends Scroller>(
  el: HTMLDivElement,
  entry: ResizeObserverEntry | undefined,
  v: Virtualizer<S, HTMLDivElement>,
): number {
  const size = measureElement(el, entry, v);
  return size > 0 ? size : ESTIMATE;
}

function offsetIn(scroller: Scroller, el: HTMLElement): number {
  const top = el.getBoundingClientRect().top;
  if (!(scroller instanceof HTMLElement)) return top + scroller.scrollY;
  return top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

/** The options both kinds of scroller share; the list's offset is measured again after each render. */
function useRowOptions({ scroller, box, count, rowKey, pinned }: VirtualRowsProps) {
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (!box.current) return;
    const margin = Math.round(offsetIn(scroller, box.current));
    if (margin !== scrollMargin) setScrollMargin(margin);
  });
  const pinnedKey = pinned.join(",");
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      const extra = pinned.filter((i, at) => i < range.count && !drawn.includes(i) && pinned.indexOf(i) === at);
      return extra.length === 0 ? drawn : [...drawn, ...extra].sort((a, b) => a - b);
    },
    // The pinned rows by value: a new array each render must not re-run the range.
    [pinnedKey],
  );
  return {
    // React batches the scroll's re-render itself; a forced synchronous one warns when it lands inside a render.
    useFlushSync: false,
    count,
    estimateSize: estimate,
    overscan: 4,
    getItemKey: rowKey,
    measureElement: measureOrEstimate,
    scrollMargin,
    rangeExtractor,
  };
}

function Rows<S extends Scroller>({
  v,
  target,
  renderRow,
}: {
  v: Virtualizer<S, HTMLDivElement>;
  target: RevealTarget | null;
  renderRow: RowRenderer;
}) {
  useEffect(() => {
    if (target) v.scrollToIndex(target.index, { align: "center" });
    // Once per jump.
  }, [target?.seq]);
  return (
    <div style={{ position: "relative", height: v.getTotalSize() }} data-testid="virtual-rows">
      {v.getVirtualItems().map((row) =>
        renderRow(row.index, {
          ref: v.measureElement,
          style: { position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${row.start - v.options.scrollMargin}px)` },
        }),
      )}
    </div>
  );
}

function WindowRows(props: VirtualRowsProps) {
  const v = useWindowVirtualizer<HTMLDivElement>(useRowOptions(props));
  return <Rows v={v} target={props.target} renderRow={props.renderRow} />;
}

function ElementRows(props: VirtualRowsProps & { scroller: HTMLElement }) {
  const { scroller } = props;
  const v = useVirtualizer<HTMLElement, HTMLDivElement>({ ...useRowOptions(props), getScrollElement: () => scroller });
  return <Rows v={v} target={props.target} renderRow={props.renderRow} />;
}

export function VirtualRows(props: VirtualRowsProps) {
  const { scroller } = props;
  return scroller instanceof HTMLElement ? <ElementRows {...props} scroller={scroller} /> : <WindowRows {...props} />;
}
