import type { CellValue, FindingsFile } from "../types";

export const LOG_SHEET_NAME = "扣分明细";

export const LOG_HEADER = [
  "工作表",
  "被考核单位",
  "行号",
  "目标项目",
  "条款序号",
  "评分标准条款",
  "类型",
  "次数",
  "填写分值",
  "分值变动",
  "备注",
  "说明",
  "评分人",
  "时间",
] as const;

/** The findings recorded for `sheet` in a 扣分明细 sheet (item by row, clause by index). */
export function decodeLog(_log: CellValue[][], _sheet: string): FindingsFile {
  throw new Error("not implemented");
}
