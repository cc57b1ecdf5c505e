// Every scoring remark as a code with typed args, worded once in Chinese and once in English (problemMessages.ts
// style). The engine stores the code on each AppliedFinding (`why`) and its Chinese wording in `remark`, which the
// 扣分明细 log and the command print; the pane words the code in its own language.
import type { ProblemLanguage } from "../problemMessages";

/** The args each remark code takes. Sheet text (units, labels, rules, item names) stays as written. */
export interface RemarkArgsByCode {
  /** A per-occurrence clause counted at most `max` (its counting word `unit`: 次, 个, 人 …). */
  "count-limit": { max: number; unit?: string };
  /** A clause's own points cap (最多扣 N 分) took effect. */
  "points-limit": { cap: number };
  /** The clause does not apply to the unit scored; except: the excepted names as the clause writes them. */
  excepted: { unit: string; except: readonly string[] };
  /** A tiered clause reached its 不得分 tier. */
  "tier-zero": Record<string, never>;
  /** A 不得分 clause: the item scores 0. */
  zero: Record<string, never>;
  /** A 一票否决 clause: the whole sheet scores 0. */
  veto: Record<string, never>;
  /** A bonus was capped at `cap`. */
  "bonus-limit": { cap: number };
  /** An award on a row scored from full marks down: its condition was not met, its points are lost. */
  "award-missed": Record<string, never>;
  /** A level clause: the chosen level and the score it gives. */
  "level-chosen": { label: string; score: number };
  /** The row ran out of points (by "points") or of bonus room (by "bonus") before this finding counted in full. */
  "row-cut": { by: "points" | "bonus" };
  /** 扣分说明 of every row of a vetoed sheet. */
  "sheet-vetoed": Record<string, never>;
  /** 扣分说明 of a row a table-wide rule (rule: its text) did not count: only `kept` counts. */
  "best-only": { rule: string; kept: string };
}

export type RemarkCode = keyof RemarkArgsByCode;

/** A remark: its code and the args it is worded from. */
export type Remark = { [C in RemarkCode]: { code: C; args: RemarkArgsByCode[C] } }[RemarkCode];

type RemarkTable = { [C in RemarkCode]: (args: RemarkArgsByCode[C]) => string };

const pointsEn = (n: number) => `${n} ${n === 1 ? "point" : "points"}`;

const zh: RemarkTable = {
  "count-limit": (a) => `最多计 ${a.max} ${a.unit ?? "次"}`,
  "points-limit": (a) => `本条最多扣 ${a.cap} 分`,
  excepted: (a) => `本条不适用于${a.unit}（${a.except.join("、")}除外）`,
  "tier-zero": () => "达到不得分档次",
  zero: () => "本项不得分",
  veto: () => "一票否决：总分为 0",
  "bonus-limit": (a) => `加分封顶 ${a.cap} 分`,
  "award-missed": () => "未达到得分条件",
  "level-chosen": (a) => `选择“${a.label}”${a.score} 分`,
  "row-cut": () => "已扣满",
  "sheet-vetoed": () => "一票否决：全表得分为 0",
  "best-only": (a) => `${a.rule}：只计“${a.kept}”`,
};

// The clause's counting word (次, 个 …) is Chinese: the English wording leaves it out.
const en: RemarkTable = {
  "count-limit": (a) => `counted at most ${a.max} times`,
  "points-limit": (a) => `this clause deducts at most ${pointsEn(a.cap)}`,
  excepted: (a) => `does not apply to ${a.unit} (${a.except.join(", ")} excepted)`,
  "tier-zero": () => "reached the tier that scores 0",
  zero: () => "the item scores 0",
  veto: () => "veto: the total is 0",
  "bonus-limit": (a) => `the bonus is capped at ${pointsEn(a.cap)}`,
  "award-missed": () => "the condition for these points was not met",
  "level-chosen": (a) => `chose “${a.label}”: ${pointsEn(a.score)}`,
  "row-cut": (a) => (a.by === "bonus" ? "the item's bonus room was used up" : "the item had no points left"),
  "sheet-vetoed": () => "veto: the whole sheet scores 0",
  "best-only": (a) => `${a.rule}: only “${a.kept}” counts`,
};

const REMARK_MESSAGES: Record<ProblemLanguage, RemarkTable> = { zh, en };

/** Every remark code. */
export const REMARK_CODES = Object.keys(zh) as RemarkCode[];

/** The remark of `code` with `args`, for storing on a finding. */
export function remarkOf<C extends RemarkCode>(code: C, args: RemarkArgsByCode[C]): Remark {
  return { code, args } as Remark;
}

// The remarks the row and sheet steps make (scoreSheet.ts, sheetRules.ts), named so those files hold only problem codes
// as string literals (test/core/problemMessages.test.ts reads them for the problem codes the core uses).
/** A finding the row's points or bonus room cut short. */
export const rowCut = (by: "points" | "bonus"): Remark => remarkOf("row-cut", { by });
export const isRowCut = (remark: Remark | undefined): boolean => remark?.code === "row-cut";
export const SHEET_VETOED: Remark = remarkOf("sheet-vetoed", {});
export const bestOnly = (rule: string, kept: string): Remark => remarkOf("best-only", { rule, kept });

/** The remark worded in `lang`. */
export function remarkMessage(remark: Remark, lang: ProblemLanguage): string {
  const format = REMARK_MESSAGES[lang][remark.code] as (args: Remark["args"]) => string;
  return format(remark.args);
}
