import type { ClauseKind, Role } from "./types";

/** Each kind of clause in the users' words (log sheet, command line). */
export const KIND_NAMES: Record<ClauseKind, string> = {
  deduct: "扣分",
  per: "按次扣分",
  range: "区间扣分",
  manual: "酌情扣分",
  zero: "不得分",
  veto: "一票否决",
  bonus: "加分",
  award: "得分条件",
  level: "分档得分",
};

/** Each kind of clause in English (the pane's English strings, --json readers). */
export const KIND_NAMES_EN: Record<ClauseKind, string> = {
  deduct: "fixed deduction",
  per: "per occurrence",
  range: "deduction in a range",
  manual: "discretionary deduction",
  zero: "row scores 0",
  veto: "veto",
  bonus: "bonus",
  award: "award",
  level: "choice of levels",
};

/** Each column role by its usual header. */
export const ROLE_NAMES: Record<Role, string> = {
  index: "序号",
  item: "目标项目",
  requirement: "目标要求",
  criteria: "评分标准",
  method: "考核方式",
  points: "分值",
  score: "得分",
  deduction: "扣分",
  note: "备注",
  selfScore: "自评分",
};
