import type { Workbook, Worksheet } from "exceljs";
import { LOG_SHEET_NAME } from "../core";
import type { CellValue, WritePlan } from "../core";
import { refreshFormulaResults } from "./formulaResults";
import { displayWidth } from "./textWidth";

/** Gives an added score column the look of its left neighbour: borders, alignment, width, vertical merges. */
function styleAddedColumn(ws: Worksheet, col: number): void {
  const from = col - 1;
  if (from < 1) return;
  const width = ws.getColumn(from).width;
  ws.getColumn(col).width = width !== undefined && width < 12 ? width : 10;
  for (let r = 1; r <= ws.rowCount; r++) {
    const neighbour = ws.getCell(r, from);
    if (!neighbour.border && !neighbour.alignment) continue;
    const cell = ws.getCell(r, col);
    if (neighbour.border) cell.border = { ...neighbour.border };
    cell.alignment = { ...neighbour.alignment, horizontal: "center", vertical: "middle", wrapText: true };
    if (neighbour.font) cell.font = { ...neighbour.font };
  }
  // An item merged down over its clause rows keeps its score in one cell.
  for (const ref of ws.model.merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m || m[1] !== m[3] || m[2] === m[4]) continue;
    if (ws.getColumn(from).letter !== m[1]) continue;
    const top = Number(m[2]);
    const bottom = Number(m[4]);
    if (ws.getCell(top, col).isMerged || ws.getCell(bottom, col).isMerged) continue;
    ws.mergeCells(top, col, bottom, col);
  }
}

function writeLogSheet(wb: Workbook, log: CellValue[][]): void {
  const old = wb.getWorksheet(LOG_SHEET_NAME);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(LOG_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  for (const row of log) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  const columnCount = Math.max(0, ...log.map((r) => r.length));
  for (let c = 1; c <= columnCount; c++) {
    const widest = Math.max(4, ...log.map((r) => displayWidth(r[c - 1])));
    ws.getColumn(c).width = Math.min(widest + 2, 48);
  }
  ws.eachRow((row) => {
    row.alignment = { vertical: "top", wrapText: true };
  });
}

/**
 * Carries out a WritePlan on an exceljs workbook: the cells (styles kept) and the whole 扣分明细 sheet. Formulas
 * that depend on written cells get a fresh cached result (a SUM, computed here) or none (others), and the workbook
 * asks Excel to recalculate everything on open, so no viewer shows a stale total.
 */
export function applyWritePlan(wb: Workbook, plan: WritePlan): void {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new Error(`工作表「${plan.sheet}」不存在`);
  const written = new Set<string>();
  for (const w of plan.writes) {
    ws.getCell(w.row, w.col).value = w.value;
    written.add(`${w.row},${w.col}`);
  }
  if (plan.addedScoreColumn !== null) styleAddedColumn(ws, plan.addedScoreColumn);
  writeLogSheet(wb, plan.log);
  refreshFormulaResults(wb, plan.sheet, written, [LOG_SHEET_NAME]);
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}
