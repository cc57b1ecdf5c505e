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
 * still belongs to that category.
 */
export class LevelCarry {
  private readonly last: (Level | null)[];

  constructor(
    private readonly view: GridView,
    private readonly itemColumns: number[],
  ) {
    this.last = itemColumns.map(() => null);
  }

  /** Each item column's level on `row`, outermost first; a blank unmerged cell takes the level above it. */
  levelsOf(row: number): { levels: (Level | null)[]; own: boolean[] } {
    const own: boolean[] = [];
    const levels = this.itemColumns.map((col, i) => {
      const master = this.view.master(row, col);
      // As written (︵650分︶ kept), for the user to recognise; vertical text joined.
      const raw = this.view.text(row, col) === "" ? "" : String(this.view.raw(master.row, master.col)).trim();
      const text = joinVertical(raw);
      if (text === "") {
        own.push(false);
        return this.last[i];
      }
      own.push(master.row === row);
      const level = { text, cell: master };
      if (this.last[i]?.cell.row !== master.row || this.last[i]?.cell.col !== master.col) {
        this.last[i] = level;
        // A new outer category starts its inner ones afresh.
        for (let k = i + 1; k < this.last.length; k++) this.last[k] = null;
      }
      return level;
    });
    return { levels, own };
  }

  /** Forget the carried categories (after a group row, which starts a new section). */
  reset(): void {
    this.last.fill(null);
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
