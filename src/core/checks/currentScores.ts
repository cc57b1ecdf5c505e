// The sheet as it is: the 得分 already written in it, beside what the ticks give, and the item a cell belongs to.
import { a1, parseA1 } from "../a1";
import { parsePoints, toMilli } from "../exact";
import type { CellValue, Item, ScoreResult, SheetModel } from "../types";

export interface CurrentItemScore {
  itemIndex: number;
  row: number;
  /** The score cell's value as read (a formula's cached result; text such as 八分 kept as is); null when blank. */
  value: CellValue;
  /** The value as a number (10, "10分"), null when blank or not a number (八分). */
  points: number | null;
  /** The ticks give exactly this score (to the thousandth). True on a blank cell: it claims nothing. */
  explained: boolean;
}

export interface CurrentTotal {
  /** The total row's 得分 cell, A1 form. */
  cell: string;
  /** The number written there (a SUM's cached result), null when blank. */
  value: number | null;
  /** The total the ticks give. */
  computed: number;
  /** Blank, or equal to the computed total to the thousandth. */
  explained: boolean;
}

export interface CurrentScores {
  /** One per item with a 得分 cell, in item order. */
  items: CurrentItemScore[];
  /** Null when the sheet has no total row or no 得分 column. */
  total: CurrentTotal | null;
}

function blank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function same(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && toMilli(a) === toMilli(b);
}

/** Each item's written 得分 and the sheet's total, and whether the ticks in `result` account for them. */
export function currentScores(model: SheetModel, result: ScoreResult): CurrentScores {
  const computed = new Map(result.items.map((it) => [it.itemIndex, it.score]));
  const items: CurrentItemScore[] = [];
  for (const item of model.items) {
    if (!item.scoreCell) continue;
    const value = blank(item.existingScore) ? null : item.existingScore;
    const points = value === null ? null : parsePoints(value);
    const explained = value === null || same(points, computed.get(item.index) ?? null);
    items.push({ itemIndex: item.index, row: item.row, value, points, explained });
  }
  const { total, columns } = model.layout;
  const totalCell =
    total && columns.score !== undefined
      ? {
          cell: a1(total.row, columns.score),
          value: total.score,
          computed: result.total,
          explained: total.score === null || same(total.score, result.total),
        }
      : null;
  return { items, total: totalCell };
}

/** The item whose rows (row..lastRow) hold `cell` (A1 form; a range's first cell counts), or null. */
export function itemAtCell(items: readonly Item[], cell: string): Item | null {
  const at = parseA1(cell.split(":")[0]);
  if (!at) return null;
  return items.find((item) => at.row >= item.row && at.row <= item.lastRow) ?? null;
}
