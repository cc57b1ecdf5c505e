import { LOG_HEADER, LOG_SHEET_NAME } from "../../src/core";
import type { CellValue, WritePlan } from "../../src/core";
import { ExcelHost } from "../../src/excel";
import type { ExcelHostOptions } from "../../src/excel";
import { MockExcel, MOCK_ERRORS } from "./mockExcel";
import { RUBRIC_2014 } from "./fixtures/rubric2014";
import { mockSheets, rubricWorkbook, SCORE_SHEET } from "./workbooks";
import type { RubricBook } from "./workbooks";

export interface Setup {
  excel: MockExcel;
  host: ExcelHost;
  book: RubricBook;
  sync: jest.SpyInstance;
}

export function setup(
  options: { minRows?: number; coverSheet?: boolean; api?: MockExcel["api"]; active?: string; host?: ExcelHostOptions } = {},
): Setup {
  const book = rubricWorkbook(options);
  const excel = new MockExcel(mockSheets(book.workbook), options.api, options.active ?? SCORE_SHEET);
  excel.install();
  const host = new ExcelHost(options.host);
  const sync = jest.spyOn(excel.context, "sync");
  return { excel, host, book, sync };
}

/** The log sheet as the core would write it: header, then one row per finding. */
export function logRows(findings: [row: number, item: string, clause: number, text: string, effect: number][]): CellValue[][] {
  return [
    [...LOG_HEADER],
    ...findings.map(([row, item, clause, text, effect]) =>
      padToHeader([
        SCORE_SHEET,
        "嵯岗镇",
        row,
        item,
        clause,
        text,
        "deduct",
        1,
        null,
        effect,
        null,
        null,
        "张三",
        "2026-11-27T10:00:00.000Z",
      ]),
    ),
  ];
}

/** A log row as wide as the core's header (columns the fixture does not name are blank). */
function padToHeader(row: CellValue[]): CellValue[] {
  return [...row, ...new Array<CellValue>(Math.max(0, LOG_HEADER.length - row.length)).fill(null)];
}

/**
 * A plan as planWrites would make it for the 2014 sheet with 发展党员工作不规范 (党员队伍建设, −5) ticked:
 * every item's 得分 in column F (the master cell of a merged item), the total left alone (it holds a SUM).
 */
export function scorePlan(book: RubricBook): WritePlan {
  const writes = book.itemRows.map((row, i) => {
    const item = RUBRIC_2014[i % RUBRIC_2014.length];
    return { row, col: 6, value: i === 1 ? item.points - 5 : item.points, previous: null };
  });
  return {
    sheet: SCORE_SHEET,
    writes,
    addedScoreColumn: null,
    conflicts: [],
    log: logRows([[book.itemRows[1], "党员队伍建设", 2, "发展党员工作不规范、材料不齐全的扣5分", -5]]),
  };
}

export function leakedMockErrors(value: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string" && MOCK_ERRORS.includes(v)) found.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return found;
}

export { LOG_SHEET_NAME, SCORE_SHEET };
