// Excel recalculates formulas on open; the preview does it for the one kind scoring sheets use (SUM over
// ranges and cells), so the grid and the downloaded file show the new total. Other formulas keep their result.
import type { Cell, Worksheet } from "exceljs";
import { parseA1 } from "../core";

const SUM = /^SUM\(([^()]*)\)$/i;

function numberIn(cell: Cell): number {
  // exceljs answers every cell of a merge with the master's value; Excel counts it once.
  if (cell.isMerged && cell.master.address !== cell.address) return 0;
  const v = cell.value;
  if (typeof v === "number") return v;
  if (v !== null && typeof v === "object" && "result" in v && typeof v.result === "number") return v.result;
  return 0;
}

/** The value of `SUM(A1:B3, C4)` on the sheet, or null for any other formula. */
export function sumOf(ws: Worksheet, formula: string): number | null {
  const m = SUM.exec(formula.trim().replace(/^=/, "").replace(/\$/g, ""));
  if (!m) return null;
  let total = 0;
  for (const arg of m[1].split(",")) {
    const [from, to = from] = arg.trim().split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) return null;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) total += numberIn(ws.getCell(r, c));
  }
  return Math.round(total * 1e6) / 1e6;
}

/** Sets the cached result of every SUM formula on the sheet. */
export function refreshSumResults(ws: Worksheet): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const formula = cell.formula;
      if (!formula || (cell.isMerged && cell.master.address !== cell.address)) return;
      const result = sumOf(ws, formula);
      if (result !== null) cell.value = { formula, result };
    }),
  );
}
