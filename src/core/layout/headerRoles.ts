import { normalizeHeader } from "../text/normalize";
import type { Role } from "../types";
import { foldTraditional } from "./traditional";

/** Header words of each role, as sheets write them (compared without spaces or bracketed remarks). */
export const ROLE_SYNONYMS: Record<Role, readonly string[]> = {
  index: ["序号", "编号", "项次"],
  item: [
    "目标项目",
    "考核项目",
    "项目",
    "考核内容",
    "指标",
    "考核指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "事故类别",
    "考核类别",
    "评分项目",
    "检查项目",
    "类别",
    "项目类别",
    "分类",
    "考核分类",
    "分项",
    "项目分类",
    "评价指标",
    "评价项目",
    "检查项",
    "工作项目",
    "考核项",
  ],
  requirement: ["评分项", "目标要求", "考核内容", "规范要求", "工作要求", "考核要求", "具体要求", "要求", "工作内容", "考核要点", "内容"],
  criteria: [
    "评分标准",
    "扣分标准",
    "评分细则",
    "考核标准",
    "考核说明",
    "评分原则",
    "扣分点",
    "计分方法",
    "评分办法",
    "评分方法",
    "扣分细则",
    "评分依据",
    "考核评分标准",
    "评分标准及扣分",
    "考核细则",
    "具体操作",
    "标准",
    "具体评价项目及评价细则",
    "评价细则",
    "检查内容",
    "考评内容",
    "扣分办法",
    "扣分方法",
    "检查标准",
    "评分要点",
    "评分说明",
    "加减分条件",
    "加减分标准",
    "扣分条件",
    "考核办法及评分标准",
    "评分标准及方法",
  ],
  method: ["考核方式", "考核办法", "考核方法", "检查方式", "检查方法", "评估方式"],
  points: [
    "考核分值",
    "分值",
    "标准分",
    "标准分值",
    "应得分数",
    "应得分",
    "分数",
    "满分",
    "权重分",
    "基本分",
    "总分值",
    "标准分数",
    "规定分值",
  ],
  score: [
    "得分",
    "实得分",
    "实得分数",
    "考核得分",
    "评分",
    "考评得分",
    "最终得分",
    "考核评分",
    "复评",
    "复评得分",
    "考评",
    "考核分",
    "安评分",
    "核定分",
    "核定得分",
    "检查得分",
    "平均分",
    "校评",
    "评定得分",
  ],
  deduction: ["扣分", "扣减分数", "扣分数", "扣分值"],
  note: [
    "督查结果",
    "检查结果",
    "备注",
    "扣分说明",
    "扣分原因",
    "扣分理由",
    "说明",
    "扣分情况",
    "检查记录",
    "检点记录",
    "检查情况",
    "扣分记录",
    "存在问题",
    "详细情况",
  ],
  selfScore: ["自评分", "自评得分", "自查得分", "自评", "自查", "自查分", "自评分数"],
};

const ROLES = Object.keys(ROLE_SYNONYMS) as Role[];

// Vertical header text copied line by line comes out scrambled ("得数应分" for 应得分数): same characters, any order.
const sorted = (word: string) => [...word].sort().join("");
const ANAGRAMS = new Map<string, Role>();
for (const role of ROLES) for (const word of ROLE_SYNONYMS[role]) if (word.length >= 4) ANAGRAMS.set(sorted(word), role);

// Words that name rules in one table and what is checked in another: rules first; beside a plainer rule column
// (评分标准) the item when no column names it (序号 | 检查内容 | 评分标准), else the requirement.
const RULES_FIRST: Record<string, Role[]> = {
  检查内容: ["criteria", "item", "requirement"],
  考评内容: ["criteria", "item", "requirement"],
};

/** Roles a header cell can stand for, best first; "考核内容" can be item or requirement. */
export function rolesOfHeader(text: string): Role[] {
  const key = foldTraditional(normalizeHeader(text));
  if (!key) return [];
  const ordered = RULES_FIRST[key];
  if (ordered) return ordered;
  const exact = ROLES.filter((role) => ROLE_SYNONYMS[role].includes(key));
  if (exact.length > 0) return exact;
  let best: { role: Role; length: number } | null = null;
  for (const role of ROLES) {
    for (const word of ROLE_SYNONYMS[role]) {
      if (word.length >= 2 && key.includes(word) && (!best || word.length > best.length)) best = { role, length: word.length };
    }
  }
  if (best && key.length <= best.length + 6) return [best.role];
  const anagram = key.length >= 4 ? ANAGRAMS.get(sorted(key)) : undefined;
  return anagram ? [anagram] : [];
}
