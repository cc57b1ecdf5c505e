// Real workbooks built with exceljs, and their conversion into the state of the mock Excel (mockExcel.ts).
import ExcelJS from "exceljs";
import { columnNumber } from "../../src/core";
import type { CellRange, CellValue } from "../../src/core";
import { RUBRIC_2014 } from "./fixtures/rubric2014";
import type { MockSheet } from "./mockExcel";

export const SCORE_SHEET = "苏木镇考核评分表";
export const HEADER = ["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"];
/** Item 3 (党员干部教育管理) spans two rows: its criteria split in two, the other columns merged. */
const SPLIT_ITEM = 2;

export interface RubricBook {
  workbook: ExcelJS.Workbook;
  /** 1-based rows of the body and the total row. */
  firstRow: number;
  lastRow: number;
  totalRow: number;
  /** 1-based row where each item starts. */
  itemRows: number[];
}

/**
 * The 2014 苏木镇 sheet: title (row 1), 被考核单位 line (row 2), header (row 3), items from row 4, 合计 with SUM
 * formulas. With `minRows`, the 11 items repeat (names numbered) until the body has at least that many rows.
 */
export function rubricWorkbook(options: { minRows?: number; coverSheet?: boolean } = {}): RubricBook {
  const workbook = new ExcelJS.Workbook();
  if (options.coverSheet) workbook.addWorksheet("说明").getCell("A1").value = "本工作簿用于2014年度苏木镇基层党建工作考核。";
  const ws = workbook.addWorksheet(SCORE_SHEET);
  ws.getCell("A1").value = "2014年度苏木镇基层党建工作考核评分细则";
  ws.mergeCells("A1:F1");
  ws.getCell("A2").value = "被考核单位：嵯岗镇";
  ws.mergeCells("A2:F2");
  ws.getRow(3).values = HEADER;
  const itemRows: number[] = [];
  let row = 4;
  for (let round = 0; round === 0 || row - 4 < (options.minRows ?? 0); round++) {
    RUBRIC_2014.forEach((item, i) => {
      const name = round === 0 ? item.item : `${item.item}（第${round + 1}组）`;
      itemRows.push(row);
      if (i === SPLIT_ITEM) {
        const [first, ...rest] = item.criteria.split("；");
        ws.getRow(row).values = [name, item.requirement, `${first}；`, item.method, item.points];
        ws.getRow(row + 1).values = [null, null, rest.join("；"), null, null];
        for (const col of ["A", "B", "D", "E", "F"]) ws.mergeCells(`${col}${row}:${col}${row + 1}`);
        row += 2;
      } else {
        ws.getRow(row).values = [name, item.requirement, item.criteria, item.method, item.points];
        row += 1;
      }
    });
  }
  const lastRow = row - 1;
  const points = itemRows.length / RUBRIC_2014.length * 100;
  ws.getCell(`A${row}`).value = "合计";
  ws.getCell(`E${row}`).value = { formula: `SUM(E4:E${lastRow})`, result: points };
  ws.getCell(`F${row}`).value = { formula: `SUM(F4:F${lastRow})`, result: 0 };
  return { workbook, firstRow: 4, lastRow, totalRow: row, itemRows };
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "formula" in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  return String(value);
}

function parseRange(ref: string): CellRange {
  const [a, b = a] = ref.split(":");
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { row: Number(m[2]), col: columnNumber(m[1]) };
  };
  const [s, e] = [p(a), p(b)];
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** The mock's sheets from an exceljs workbook: values (a merge's value only in its master), formulas, merges. */
export function mockSheets(workbook: ExcelJS.Workbook): MockSheet[] {
  return workbook.worksheets.map((ws) => {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const [rowCount, columnCount] = [ws.rowCount, ws.columnCount];
    for (let r = 1; r <= rowCount; r++) {
      values.push([]);
      formulas.push([]);
      for (let c = 1; c <= columnCount; c++) {
        const cell = ws.getCell(r, c);
        const isCopy = cell.isMerged && cell.master.address !== cell.address;
        values[r - 1].push(isCopy ? null : plainValue(cell.value));
        formulas[r - 1].push(!isCopy && cell.formula ? `=${cell.formula}` : null);
      }
    }
    return { name: ws.name, values, formulas, merges: (ws.model.merges ?? []).map(parseRange), protected: false };
  });
}
