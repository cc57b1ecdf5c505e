import { useEffect, useMemo, useRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetter, type SheetGrid } from "../core";
import { gridCells } from "./gridCells";

const useStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  colHead: { position: "sticky", top: 0, zIndex: 1 },
  rowHead: { position: "sticky", left: 0, zIndex: 1, textAlign: "center" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    verticalAlign: "middle",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  numeric: { textAlign: "center" },
  written: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  selectable: { cursor: "cell" },
});

export interface GridViewProps {
  grid: SheetGrid;
  /** Column widths in pixels (1-based column c at index c-1). */
  widths: number[];
  /** A1 addresses written by the last fill. */
  written: ReadonlySet<string>;
  selected: string | null;
  label: string;
  /** The user clicked a cell (its A1 address; a merged area's top-left cell). */
  onSelect?(address: string): void;
}

/** The sheet as Excel would draw it: merged cells spanning, written 得分 cells highlighted. */
export function GridView({ grid, widths, written, selected, label, onSelect }: GridViewProps) {
  const styles = useStyles();
  const { rows, columnCount } = useMemo(() => gridCells(grid), [grid]);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected) return;
    scroller.current?.querySelector(`[data-address="${selected}"]`)?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, grid]);
  const columns = Array.from({ length: columnCount }, (_, i) => i + 1);
  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      <table className={styles.table} data-testid="sheet-grid">
        <colgroup>
          <col style={{ width: "36px" }} />
          {columns.map((c) => (
            <col key={c} style={{ width: `${widths[c - 1] ?? 72}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.colHead, styles.rowHead)} />
            {columns.map((c) => (
              <th key={c} className={mergeClasses(styles.head, styles.colHead)} scope="col">
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i + 1}>
              <th className={mergeClasses(styles.head, styles.rowHead)} scope="row">
                {i + 1}
              </th>
              {cells.map((cell) => (
                <td
                  key={cell.address}
                  data-address={cell.address}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  className={mergeClasses(
                    styles.cell,
                    cell.numeric && styles.numeric,
                    written.has(cell.address) && styles.written,
                    selected === cell.address && styles.selected,
                    onSelect && styles.selectable,
                  )}
                  onClick={onSelect && (() => onSelect(cell.address))}
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
