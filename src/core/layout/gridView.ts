import { foldWidth } from "../text/normalize";
import type { CellRange, CellValue, SheetGrid } from "../types";

// Up to a million cells (8 MB of slots) are cached in a flat array.
const FLAT_CACHE_CELLS = 1 << 20;

/** Read access to a SheetGrid in 1-based coordinates that knows merged areas. */
export class GridView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeOf = new Map<number, CellRange>();
  // Most rows of a long table hold no merged cell: asked first, so their cells skip the map.
  private readonly rowMerged: Uint8Array;
  // Layout reads the same few cells of a row several times; fold each once, in one flat array (no array per row).
  // A sheet made wide by one stray cell far right would make that array huge: its texts go in a map instead.
  private readonly folded: (string | undefined)[] | null;
  private readonly foldedFar = new Map<number, string>();

  constructor(readonly grid: SheetGrid) {
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.rowMerged = new Uint8Array(this.rowCount + 2);
    const cells = this.rowCount * this.colCount;
    this.folded = cells <= FLAT_CACHE_CELLS ? new Array<string | undefined>(cells) : null;
    for (const range of grid.merges ?? []) {
      for (let r = range.top; r <= range.bottom; r++) {
        if (r < this.rowMerged.length) this.rowMerged[r] = 1;
        for (let c = range.left; c <= range.right; c++) this.mergeOf.set(this.key(r, c), range);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  /** Columns that hold a value in this row (a sheet with one cell far right does not make every row that wide). */
  rowWidth(row: number): number {
    return this.grid.values[row - 1]?.length ?? 0;
  }

  get mergesKnown(): boolean {
    return this.grid.merges !== undefined;
  }

  merge(row: number, col: number): CellRange | undefined {
    // A row past the values (merges may reach below them) is looked up in the map.
    return this.mergeOf.size === 0 || this.rowMerged[row] === 0 ? undefined : this.mergeOf.get(this.key(row, col));
  }

  /** The cell's own value (null inside a merge but for its master). */
  raw(row: number, col: number): CellValue {
    return this.grid.values[row - 1]?.[col - 1] ?? null;
  }

  /** The value shown in the cell: the master's value inside a merge. */
  value(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The master cell of the merge the cell belongs to, or the cell itself. */
  master(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The row of the cell's master (the cell's own row outside a merge): no object made, for the row loop. */
  masterRow(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.top : row;
  }

  masterCol(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.left : col;
  }

  /** True when the cell lies in a merge that started on an earlier row. */
  continuesFromAbove(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== undefined && m.top < row;
  }

  text(row: number, col: number): string {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    // Cells outside the values are blank (a merge may reach past them).
    if (r < 1 || c < 1 || r > this.rowCount || c > this.colCount) return "";
    const at = (r - 1) * this.colCount + (c - 1);
    let text = this.folded ? this.folded[at] : this.foldedFar.get(at);
    if (text === undefined) {
      const v = this.raw(r, c);
      text = v === null || v === undefined ? "" : foldWidth(String(v));
      if (this.folded) this.folded[at] = text;
      else this.foldedFar.set(at, text);
    }
    return text;
  }

  formula(row: number, col: number): string | null {
    const { row: r, col: c } = this.master(row, col);
    return this.grid.formulas?.[r - 1]?.[c - 1] ?? null;
  }

  isBlank(value: CellValue): boolean {
    return value === null || (typeof value === "string" && value.trim() === "");
  }
}
