import { Workbook } from "exceljs";
import type { Borders, Worksheet } from "exceljs";
import { columnLetter } from "../core/a1";
import type { Rubric, RubricItem } from "../core/rubric/rubric";

const DEFAULT_COLUMNS = ["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"];

type TemplateRole = "index" | "item" | "requirement" | "criteria" | "method" | "points" | "score" | "other";

interface TemplateColumn {
  role: TemplateRole;
  names: string[];
  width: number;
  fill: (item: RubricItem, index: number) => string | number | null;
}

/** What each template column holds, by its header (the rubric's own wording first, common synonyms after). */
const TEMPLATE_COLUMNS: TemplateColumn[] = [
  { role: "index", names: ["序号"], width: 6, fill: (_item, i) => i + 1 },
  { role: "item", names: ["目标项目", "考核项目", "项目", "指标"], width: 18, fill: (item) => item.name },
  { role: "requirement", names: ["目标要求", "考核内容", "规范要求"], width: 42, fill: (item) => item.requirement ?? null },
  { role: "criteria", names: ["评分标准", "扣分标准", "评分细则", "考核标准"], width: 52, fill: (item) => item.criteria },
  { role: "method", names: ["考核方式", "考核办法"], width: 16, fill: (item) => item.method ?? null },
  { role: "points", names: ["分值", "标准分", "满分"], width: 7, fill: (item) => item.points },
  { role: "score", names: ["得分", "实得分", "考核得分"], width: 8, fill: () => null },
];
const OTHER_COLUMN: TemplateColumn = { role: "other", names: [], width: 10, fill: () => null };
const CENTRED_ROLES: TemplateRole[] = ["index", "points", "score", "other"];

const THIN: Borders["top"] = { style: "thin" };
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function columnFor(header: string): TemplateColumn {
  return TEMPLATE_COLUMNS.find((c) => c.names.includes(header)) ?? OTHER_COLUMN;
}

function sheetNameFor(unit: string | undefined): string {
  const cleaned = (unit ?? "")
    .replace(/[\\/?*[\]:]/g, "")
    .trim()
    .slice(0, 31);
  return cleaned || "考核评分表";
}

function addMergedLine(ws: Worksheet, text: string, width: number): number {
  const row = ws.addRow([text]);
  ws.mergeCells(row.number, 1, row.number, width);
  return row.number;
}

/** A blank scoring sheet in the familiar layout: title, unit line, header, one row per item, 合计, signatures. */
export function templateWorkbook(rubric: Rubric, unit?: string): Workbook {
  const headers = rubric.columns ?? DEFAULT_COLUMNS;
  const columns = headers.map(columnFor);
  const colOf = (role: TemplateRole): number => columns.findIndex((c) => c.role === role) + 1;
  const n = headers.length;
  const wb = new Workbook();
  const ws = wb.addWorksheet(sheetNameFor(unit), {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));

  const titleRow = addMergedLine(ws, rubric.title, n);
  ws.getCell(titleRow, 1).font = { bold: true, size: 16 };
  ws.getCell(titleRow, 1).alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(titleRow).height = 30;
  addMergedLine(ws, `被考核单位：${unit ?? ""}　考核时间：`, n);

  const header = ws.addRow(headers);
  header.font = { bold: true };
  const firstItemRow = header.number + 1;
  rubric.items.forEach((item, i) => ws.addRow(columns.map((c) => c.fill(item, i))));
  const lastItemRow = firstItemRow + rubric.items.length - 1;

  const total = ws.addRow([]);
  total.getCell(colOf("item") || 1).value = "合计";
  if (colOf("points")) total.getCell(colOf("points")).value = rubric.total;
  if (colOf("score")) {
    const letter = columnLetter(colOf("score"));
    total.getCell(colOf("score")).value = { formula: `SUM(${letter}${firstItemRow}:${letter}${lastItemRow})` };
  }
  total.font = { bold: true };

  for (let r = header.number; r <= total.number; r++) {
    columns.forEach((column, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.border = BOX;
      const centred = r === header.number || CENTRED_ROLES.includes(column.role);
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: centred ? "center" : "left" };
    });
  }

  ws.addRow([]);
  addMergedLine(ws, "考核人：　　　　　　　　被考核单位负责人：", n);
  return wb;
}
