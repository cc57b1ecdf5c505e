import type { CellValue } from "../types";

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
  "档次",
] as const;

export type LogColumn = (typeof LOG_HEADER)[number];

/** 类型 of a row whose score the assessor typed for the whole item (no clause); 填写分值 holds the score. */
export const TYPED_SCORE = "直接打分";
/** 类型 of a row that marks an item checked with nothing found (no clause, no change to its score). */
export const CHECKED = "已核查";
/** Added to 类型 when the assessor's amount (填写分值) replaced a fixed or per clause's own. */
export const OVERRIDE_MARK = "（改分）";

export function headerIndex(header: CellValue[], column: string): number {
  return header.findIndex((v) => String(v ?? "").trim() === column);
}
