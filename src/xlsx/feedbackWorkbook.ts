// 反馈单.xlsx as `kaohe feedback` writes it: one block per unit, each on its own A4 page, in the layout core
// gives every host (src/core/assessment), drawn with exceljs.
import { Workbook } from "exceljs";
import type { UnitFeedback } from "../core";
import { feedbackSheet } from "../core";
import { putOutputSheet } from "./outputSheet";

export function feedbackWorkbook(feedback: UnitFeedback[], title: string): Workbook {
  const wb = new Workbook();
  putOutputSheet(wb, feedbackSheet(feedback, title));
  return wb;
}
