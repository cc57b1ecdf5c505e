/* global Excel */
import { columnNumber } from "../core";
import type { CellRange } from "../core";
import { snapshotSize } from "./readGrid";
import type { UsedRangeSnapshot } from "./readGrid";

/**
 * getMergedAreasOrNullObject fails when a range holds more than 512 merged areas, and it returns (whole) the
 * areas whose top-left cell lies in the range (office-js#3611). So the used range is asked in row bands of at
 * most 512 cells: no band can hold more than 512 top-left cells, and no area is reported twice.
 */
const MAX_CELLS_PER_REQUEST = 512;

export function queueMergedAreas(sheet: Excel.Worksheet, snap: UsedRangeSnapshot): Excel.RangeAreas[] {
  const { rows, cols } = snapshotSize(snap);
  if (!rows || !cols) return [];
  const band = Math.max(1, Math.floor(MAX_CELLS_PER_REQUEST / cols));
  const requests: Excel.RangeAreas[] = [];
  for (let top = 0; top < rows; top += band) {
    const range = sheet.getRangeByIndexes(snap.rowIndex + top, snap.columnIndex, Math.min(band, rows - top), cols);
    const areas = range.getMergedAreasOrNullObject();
    areas.load("address");
    requests.push(areas);
  }
  return requests;
}

export function takeMergedAreas(requests: Excel.RangeAreas[]): CellRange[] {
  return requests.flatMap((areas) => (areas.isNullObject ? [] : parseAreasAddress(areas.address)));
}

// One rectangle of a RangeAreas address: optional (quoted) sheet name, then A1 or A1:B2, $ allowed.
const AREA = /(?:(?:'(?:[^']|'')*'|[^'!,\s]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/** "Sheet1!A4:A6, 'My sheet'!B4:C4" → 1-based inclusive rectangles. */
export function parseAreasAddress(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const top = Number(m[2]);
    const left = columnNumber(m[1]);
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? columnNumber(m[3]) : left;
    ranges.push({
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    });
  }
  return ranges;
}
