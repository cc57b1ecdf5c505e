import type { CellValue } from "../core";

/** Width of a value in Excel column units: CJK and full-width characters count double; the longest line counts. */
export function displayWidth(value: CellValue | undefined): number {
  if (value === null || value === undefined) return 0;
  const lines = String(value).split("\n");
  let widest = 0;
  for (const line of lines) {
    let w = 0;
    for (const ch of line) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    widest = Math.max(widest, w);
  }
  return widest;
}
