import type { ColumnMap } from "../types";
import type { GridView } from "./gridView";
import { joinVertical } from "./rowKinds";

/** A category cell above an item: its text and the cell it is written in (for its section total). */
export interface Level {
  text: string;
  cell: { row: number; col: number };
}

/**
 * Remembers the last text of each item column, so a blank cell under a category (the sheet did not merge it)
 * still belongs to that category. Kept in flat lists: a Level object is made only for a level a path asks for.
 */
export class LevelCarry {
  private readonly texts: (string | null)[];
  private readonly rows: number[];
  private readonly cols: number[];
  private readonly made: (Level | null)[];

  constructor(
    private readonly view: GridView,
    private readonly itemColumns: number[],
  ) {
    this.texts = itemColumns.map(() => null);
    this.rows = itemColumns.map(() => 0);
    this.cols = itemColumns.map(() => 0);
    this.made = itemColumns.map(() => null);
  }

  /** Takes each item column's cell on `row`; a blank unmerged cell keeps the level above it. */
  readRow(row: number): void {
    for (let i = 0; i < this.itemColumns.length; i++) {
      const col = this.itemColumns[i];
      const masterRow = this.view.masterRow(row, col);
      const masterCol = this.view.masterCol(row, col);
      // Still the same cell as the row above (merged down): the same level, read once.
      if (this.texts[i] !== null && this.rows[i] === masterRow && this.cols[i] === masterCol) continue;
      // As written (︵650分︶ kept), for the user to recognise; vertical text joined.
      const raw = this.view.text(row, col) === "" ? "" : String(this.view.raw(masterRow, masterCol)).trim();
      const text = joinVertical(raw);
      if (text === "") continue;
      this.texts[i] = text;
      this.rows[i] = masterRow;
      this.cols[i] = masterCol;
      this.made[i] = null;
      // A new outer category starts its inner ones afresh.
      for (let k = i + 1; k < this.texts.length; k++) {
        this.texts[k] = null;
        this.made[k] = null;
      }
    }
  }

  /** The level of item column `i` (outermost 0) on the row read last, or null. */
  level(i: number): Level | null {
    const text = this.texts[i];
    if (text === null || text === undefined) return null;
    return (this.made[i] ??= { text, cell: { row: this.rows[i], col: this.cols[i] } });
  }

  /** Forget the carried categories (after a group row, which starts a new section). */
  reset(): void {
    this.texts.fill(null);
    this.made.fill(null);
  }
}

/** True when the row's finest item cell spans more point rows than this one: it names a category, not the item. */
export function finestIsCategory(view: GridView, row: number, columns: ColumnMap): boolean {
  const itemCol = columns.item;
  if (itemCol === undefined) return false;
  const m = view.merge(row, itemCol);
  if (!m || m.bottom === m.top) return false;
  if (columns.points === undefined) return false;
  const pm = view.merge(row, columns.points);
  return !pm || pm.top > m.top || pm.bottom < m.bottom;
}
