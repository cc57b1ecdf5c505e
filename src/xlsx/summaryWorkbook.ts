// 汇总.xlsx as `kaohe summary` writes it: the 汇总 and 失分分析 sheets in the layout core gives every host
// (src/core/assessment), drawn with exceljs.
import { Workbook, type Worksheet } from "exceljs";
import type { LossAnalysis, Summary } from "../core";
import { analysisSheet, summarySheet } from "../core";
import { putOutputSheet } from "./outputSheet";

export function addSummarySheet(wb: Workbook, summary: Summary, name = "汇总"): Worksheet {
  const ws = putOutputSheet(wb, summarySheet(summary, { name }));
  ws.views = [{ state: "frozen", ySplit: 2, xSplit: 2 }];
  return ws;
}

/** 汇总.xlsx: the 汇总 sheet and, when given, the 失分分析 sheet. */
export function summaryWorkbook(summary: Summary, analysis: LossAnalysis | null): Workbook {
  const wb = new Workbook();
  addSummarySheet(wb, summary);
  if (analysis) putOutputSheet(wb, analysisSheet(analysis));
  return wb;
}
