import type { CellValue } from "../core";

/** Same cell values, "" and a missing cell counting as empty (so trailing blanks do not matter). */
export function sameValues(a: readonly CellValue[][] | null, b: readonly CellValue[][] | null): boolean {
  const x = a ?? [];
  const y = b ?? [];
  const rows = Math.max(x.length, y.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(x[r]?.length ?? 0, y[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) if (blankAsNull(x[r]?.[c]) !== blankAsNull(y[r]?.[c])) return false;
  }
  return true;
}

function blankAsNull(value: CellValue | undefined): CellValue {
  return value === undefined || value === "" ? null : value;
}
