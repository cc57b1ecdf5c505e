import { LOG_SHEET_NAME } from "../../core";
import type { CellValue, WritePlan } from "../../core";
import { analyse, mentionsSheet } from "../formulaResults";
import { withAddedColumnLayout } from "./addedColumn";
import { formulaResultChanges } from "./formulaRefresh";
import { openPackage } from "./openWorkbook";
import { dropCalcChain, PackageEditor, writeLogSheet } from "./packageEditor";
import { readSheetCells } from "./sheetCells";
import type { SheetCell } from "./sheetCells";
import { addEdit, columnStyles, editSheetPieces } from "./sheetEdit";
import type { SheetEdits } from "./sheetEdit";

export interface SheetCellEdits {
  sheet: string;
  cells: { row: number; col: number; value: CellValue }[];
}

interface PackageWrite {
  edits: SheetCellEdits[];
  /** The whole 扣分明细 sheet, or null to leave the workbook's (or its absence) as it is. */
  log: CellValue[][] | null;
  /** A 得分 column added on the first edited sheet: styled like its left neighbour. */
  addedColumn: number | null;
}

/**
 * The formula cells of a sheet and the cells they may read (the columns and rows their references span), so a
 * 50,000-row sheet with a few SUMs does not cost an object per cell; everything when the references are too wide.
 */
function formulaInputs(xml: string, shared: string[], sheet: string): SheetCell[] {
  if (!/<(\w+:)?f\b/.test(xml)) return [];
  const formulas = readSheetCells(xml, shared, (_r, _c, formula) => formula).cells;
  const columns = new Set<number>();
  let top = Infinity;
  let bottom = 0;
  for (const cell of formulas) {
    for (const area of (cell.formula && analyse(cell.formula)?.areas) || []) {
      if (area.sheet !== null && area.sheet !== sheet) continue;
      if (columns.size > 256 || area.right - area.left > 256) return readSheetCells(xml, shared).cells;
      for (let c = area.left; c <= area.right; c++) columns.add(c);
      top = Math.min(top, area.top);
      bottom = Math.max(bottom, area.bottom);
    }
  }
  return readSheetCells(xml, shared, (r, c, formula) => formula || (columns.has(c) && r >= top && r <= bottom)).cells;
}

/**
 * A shared formula's text lives in its first cell only; when that cell is overwritten, every other cell of the group
 * gets the formula written out in full, or Excel would find them without one.
 */
function unshareOverwrittenFormulas(cells: SheetCell[], written: SheetCellEdits["cells"], edits: SheetEdits): void {
  const writtenKeys = new Set(written.map((w) => `${w.row},${w.col}`));
  const lost = new Set(cells.filter((c) => c.shared?.master && writtenKeys.has(`${c.row},${c.col}`)).map((c) => c.shared!.si));
  if (lost.size === 0) return;
  for (const c of cells) {
    if (!c.shared || c.shared.master || !lost.has(c.shared.si) || c.formula === null || writtenKeys.has(`${c.row},${c.col}`)) continue;
    addEdit(edits, c.row, c.col, { kind: "formula", text: c.formula });
  }
}

function editSheet(editor: PackageEditor, edit: SheetCellEdits, addedColumn: number | null, changedSheets: Set<string>): void {
  const entry = editor.worksheet(edit.sheet);
  let xml = editor.text(entry.part);
  editor.parts.set(entry.part, []); // the bytes go now; the edited text takes their place below
  const edits: SheetEdits = new Map();
  if (addedColumn !== null && addedColumn > 1) {
    for (const [row, style] of columnStyles(xml, addedColumn - 1)) addEdit(edits, row, addedColumn, { kind: "style", style });
  }
  for (const c of edit.cells) addEdit(edits, c.row, c.col, { kind: "value", value: c.value });
  const inputs = formulaInputs(xml, editor.book.sharedStrings, edit.sheet);
  for (const r of formulaResultChanges(inputs, edit.sheet, edit.cells, changedSheets)) {
    addEdit(edits, r.row, r.col, { kind: "result", value: r.value });
  }
  unshareOverwrittenFormulas(inputs, edit.cells, edits);
  if (addedColumn !== null) xml = withAddedColumnLayout(xml, addedColumn);
  editor.parts.set(entry.part, editSheetPieces(xml, edits));
}

/** Formulas on untouched sheets that read a changed sheet lose their cached result; other sheets stay as they are. */
function dropStaleResultsElsewhere(editor: PackageEditor, changedSheets: Set<string>): void {
  for (const sheet of editor.book.sheets) {
    if (sheet.kind !== "worksheet" || sheet.part === null || changedSheets.has(sheet.name)) continue;
    const xml = editor.text(sheet.part);
    if (!/<(\w+:)?f\b[^>]*>[^<]*!/.test(xml)) continue; // no formula reads another sheet (names may be char refs)
    const edits: SheetEdits = new Map();
    for (const c of readSheetCells(xml, editor.book.sharedStrings).cells) {
      const formula = c.formula;
      if (formula === null || !c.cached || ![...changedSheets].some((name) => mentionsSheet(formula, name))) continue;
      addEdit(edits, c.row, c.col, { kind: "result", value: null });
    }
    if (edits.size > 0) editor.parts.set(sheet.part, editSheetPieces(xml, edits));
  }
}

function writeIntoPackage(bytes: Uint8Array, write: PackageWrite): Uint8Array {
  const editor = new PackageEditor(openPackage(bytes));
  const changedSheets = new Set(write.edits.map((e) => e.sheet));
  if (write.log !== null) changedSheets.add(LOG_SHEET_NAME);
  write.edits.forEach((edit, i) => editSheet(editor, edit, i === 0 ? write.addedColumn : null, changedSheets));
  dropStaleResultsElsewhere(editor, changedSheets);
  if (write.log !== null) writeLogSheet(editor, write.log);
  dropCalcChain(editor);
  return editor.finish();
}

/**
 * Carries out a WritePlan inside the original package: the written cells (styles kept), an added 得分 column
 * styled like its left neighbour, the whole 扣分明细 sheet, fresh or dropped cached formula results, and
 * `fullCalcOnLoad`. Only the scored sheet, the log sheet, workbook.xml, its rels and [Content_Types].xml change
 * (and a calcChain.xml goes); every other part — charts, images, comments, macros, other sheets — stays byte for byte.
 */
export function writePlanToPackage(bytes: Uint8Array, plan: WritePlan): Uint8Array {
  return writeIntoPackage(bytes, {
    edits: [{ sheet: plan.sheet, cells: plan.writes.map((w) => ({ row: w.row, col: w.col, value: w.value })) }],
    log: plan.log,
    addedColumn: plan.addedScoreColumn,
  });
}

/** Writes cells of any sheets (and, unless null, the whole 扣分明细 sheet) into the original package, as writePlanToPackage does. */
export function writeCellsToPackage(bytes: Uint8Array, edits: SheetCellEdits[], log: CellValue[][] | null): Uint8Array {
  return writeIntoPackage(bytes, { edits, log, addedColumn: null });
}
