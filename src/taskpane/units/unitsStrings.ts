// The units view's words, zh and en (same keys), chosen by the pane's language.
import type { Language } from "../strings";

const zh = {
  language: "zh" as Language,
  tabScore: "评分",
  tabUnits: "单位汇总",
  unitsTitle: "本工作簿的单位",
  refresh: "刷新",
  noUnits: "工作簿中还没有评分表。",
  state: { unscored: "未评", scored: "已评", problem: "有问题" } as Record<"unscored" | "scored" | "problem", string>,
  totalOf: (total: string, max: string) => `${total} / ${max}`,
  rankGrade: (rank: number, grade: string) => `第 ${rank} 名 · ${grade}`,
  open: "评分",
  newUnit: "新建单位表",
  newUnitName: "单位名称",
  newUnitFrom: (sheet: string) => `按“${sheet}”复制，清空得分`,
  create: "新建",
  summarize: "生成汇总",
  resummarize: "重新汇总",
  summarizeHint: "写入“汇总”“失分分析”“反馈单”三张工作表（已有则替换），汇总的各项得分用公式引用各单位表。",
  summarized: (units: number, skipped: number) =>
    `已生成汇总：${units} 个单位${skipped ? `，${skipped} 个未评或有问题的单位未计入` : ""}。`,
  created: (name: string) => `已新建工作表“${name}”。`,
  nameNeeded: "请填写单位名称。",
  nothingToSummarize: "还没有已评的单位，无法汇总。",
  busy: "正在处理…",
};

const en: typeof zh = {
  language: "en" as Language,
  tabScore: "Score",
  tabUnits: "Units & summary",
  unitsTitle: "Units in this workbook",
  refresh: "Refresh",
  noUnits: "This workbook has no scoring sheet yet.",
  state: { unscored: "Not scored", scored: "Scored", problem: "Needs a look" },
  totalOf: (total, max) => `${total} / ${max}`,
  rankGrade: (rank, grade) => `Rank ${rank} · ${grade}`,
  open: "Score",
  newUnit: "New unit sheet",
  newUnitName: "Unit name",
  newUnitFrom: (sheet) => `Copies "${sheet}" with its scores cleared`,
  create: "Create",
  summarize: "Make summary",
  resummarize: "Summarise again",
  summarizeHint:
    "Writes the 汇总, 失分分析 and 反馈单 sheets (replacing them if present); the summary's item scores are formulas pointing at each unit sheet.",
  summarized: (units, skipped) =>
    `Summary made: ${units} unit${units === 1 ? "" : "s"}${skipped ? `; ${skipped} not scored or needing a look left out` : ""}.`,
  created: (name) => `Sheet "${name}" created.`,
  nameNeeded: "Enter the unit's name.",
  nothingToSummarize: "No unit is scored yet, so there is nothing to summarise.",
  busy: "Working…",
};

export type UnitsStrings = typeof zh;

export function unitsStrings(language: Language): UnitsStrings {
  return language === "en" ? en : zh;
}
