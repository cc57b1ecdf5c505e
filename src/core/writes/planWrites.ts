import type { CellValue, LogMeta, ScoreResult, SheetModel, WritePlan } from "../types";

export interface PlanOptions {
  /** Overwrite filled score cells that would change. */
  force?: boolean;
  /** The workbook's current 扣分明细 values, if it has that sheet. */
  existingLog?: CellValue[][] | null;
  meta: LogMeta;
}

/** The cells to write (得分, 扣分, 备注, total) and the new log sheet, for one scoring of one sheet. */
export function planWrites(_model: SheetModel, _result: ScoreResult, _options: PlanOptions): WritePlan {
  throw new Error("not implemented");
}
