// The blank template's layout as plain data, without exceljs: `templateWorkbook` (template.ts) renders it with
// styles, and the browser preview draws its first scan from it before the exceljs chunk has loaded. A test holds
// this grid equal to what exceljs reads back from the rendered workbook.
import { columnLetter } from "../core";
import type { Rubric, RubricItem } from "../core";
import type { CellRange, CellValue, SheetGrid } from "../core";

const DEFAULT_COLUMNS = ["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"];

type Role = "index" | "item" | "requirement" | "criteria" | "method" | "points" | "score" | "other";

interface Column {
  role: Role;
  names: string[];
  /** Excel character width. */
  width: number;
  fill: (item: RubricItem, index: number) => CellValue;
}

const COLUMNS: Column[] = [
  { role: "index", names: ["序号"], width: 6, fill: (_item, i) => i + 1 },
  { role: "item", names: ["目标项目", "考核项目", "项目", "指标"], width: 18, fill: (item) => item.name },
  { role: "requirement", names: ["目标要求", "考核内容", "规范要求"], width: 42, fill: (item) => item.requirement ?? null },
  { role: "criteria", names: ["评分标准", "扣分标准", "评分细则", "考核标准"], width: 52, fill: (item) => item.criteria },
  { role: "method", names: ["考核方式", "考核办法"], width: 16, fill: (item) => item.method ?? null },
  { role: "points", names: ["分值", "标准分", "满分"], width: 7, fill: (item) => item.points },
  { role: "score", names: ["得分", "实得分", "考核得分"], width: 8, fill: () => null },
];
const OTHER: Column = { role: "other", names: [], width: 10, fill: () => null };

function columnFor(header: string): Column {
  return COLUMNS.find((c) => c.names.includes(header)) ?? OTHER;
}

function sheetNameFor(unit: string | undefined): string {
  const cleaned = (unit ?? "")
    .replace(/[\\/?*[\]:]/g, "")
    .trim()
    .slice(0, 31);
  return cleaned || "考核评分表";
}

export interface TemplateLayout {
  grid: SheetGrid;
  /** Column widths in Excel characters (column c at index c-1). */
  widths: number[];
  /** Columns whose cells are centred (numbers, 序号). */
  centred: boolean[];
  headerRow: number;
  totalRow: number;
}

const CENTRED_ROLES: Role[] = ["index", "points", "score", "other"];

/** The template's sheet for a rubric and unit: title, unit line, header, one row per item, 合计, signatures. */
export function templateLayout(rubric: Rubric, unit?: string): TemplateLayout {
  const headers = rubric.columns ?? DEFAULT_COLUMNS;
  const columns = headers.map(columnFor);
  const n = headers.length;
  const colOf = (role: Role): number => columns.findIndex((c) => c.role === role) + 1;
  const blank = (): CellValue[] => new Array<CellValue>(n).fill(null);
  const line = (text: string): CellValue[] => [text, ...new Array<CellValue>(n - 1).fill(null)];

  const values: CellValue[][] = [line(rubric.title), line(`被考核单位：${unit ?? ""}　考核时间：`), [...headers]];
  const headerRow = values.length;
  const firstItemRow = values.length + 1;
  rubric.items.forEach((item, i) => values.push(columns.map((c) => c.fill(item, i))));
  const lastItemRow = firstItemRow + rubric.items.length - 1;

  const total = blank();
  total[(colOf("item") || 1) - 1] = "合计";
  if (colOf("points")) total[colOf("points") - 1] = rubric.total;
  values.push(total);
  const totalRow = values.length;
  values.push(blank());
  values.push(line("考核人：　　　　　　　　被考核单位负责人："));

  const formulas: (string | null)[][] = values.map(() => new Array<string | null>(n).fill(null));
  if (colOf("score")) {
    const letter = columnLetter(colOf("score"));
    formulas[totalRow - 1]![colOf("score") - 1] = `=SUM(${letter}${firstItemRow}:${letter}${lastItemRow})`;
  }
  const mergedLine = (row: number): CellRange => ({ top: row, left: 1, bottom: row, right: n });
  const merges = [mergedLine(1), mergedLine(2), mergedLine(values.length)];
  return {
    grid: { name: sheetNameFor(unit), values, formulas, merges },
    widths: columns.map((c) => c.width),
    centred: columns.map((c) => CENTRED_ROLES.includes(c.role)),
    headerRow,
    totalRow,
  };
}

/** The template's sheet as `gridsFromWorkbook(templateWorkbook(rubric, unit))[0]`. */
export function templateGrid(rubric: Rubric, unit?: string): SheetGrid {
  return templateLayout(rubric, unit).grid;
}

/** The template's column widths in Excel characters (column c at index c-1). */
export function templateColumnWidths(rubric: Rubric): number[] {
  return (rubric.columns ?? DEFAULT_COLUMNS).map((header) => columnFor(header).width);
}
