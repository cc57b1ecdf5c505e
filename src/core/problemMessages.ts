// Every problem's message, once in Chinese and once in English, built from the problem's args.
// problem() stores the Chinese one in Problem.message (what the command line prints); the pane picks its language
// with problemMessage(). Sheet text passed as args (item names, clause texts, cell values) stays as written.
import type { Problem } from "./types";

export type ProblemLanguage = "zh" | "en";

/** Problem.args: sheet text and numbers the message is made of. */
export type ProblemArgs = Record<string, string | number>;

// A list inside args (candidates, excepted units) travels as one string: entries split by U+001F (unit separator),
// the fields of an entry by U+001E (record separator); neither occurs in sheet text.
const ENTRY = "\u001f";
const FIELD = "\u001e";

/** One arg holding a list; each entry is a value or a tuple of fields (e.g. [name, row]). */
export function listArg(entries: ReadonlyArray<string | number | ReadonlyArray<string | number>>): string {
  return entries.map((e) => (typeof e === "object" ? e.join(FIELD) : String(e))).join(ENTRY);
}

/** The entries of a list arg, each as its fields. */
export function listEntries(arg: string | number | undefined): string[][] {
  if (arg === undefined || arg === "") return [];
  return String(arg)
    .split(ENTRY)
    .map((e) => e.split(FIELD));
}

/** Columns a write can conflict on. */
export type WriteColumn = "score" | "deduction" | "note" | "total";

/** Why an amount in a finding does not fit its clause. */
export type AmountReason =
  | { reason: "not-number" }
  | { reason: "range-needed"; clause: string; min: string; max: string }
  | { reason: "out-of-range"; amount: number; min: string; max: string }
  | { reason: "manual-needed"; clause: string }
  | { reason: "over-points"; amount: number; points: number }
  | { reason: "bonus-needed"; clause: string }
  | { reason: "fixed"; clause: string; fixed: number }
  /** An assessor's amount on a fixed or per clause (an override) needs its reason in `note`. */
  | { reason: "override-note-needed"; clause: string; fixed: number }
  /** A level clause needs the chosen level; levels: listArg of [label, score]. */
  | { reason: "level-needed"; clause: string; levels: string }
  /** A typed score outside [0, max]. */
  | { reason: "score-out-of-range"; score: number; max: number };

/** Why a 分值 cell holding a number, a date or an error value cannot be an item's points. */
export type PointsInvalidReason = "negative" | "zero-with-rules" | "date" | "error-value";

const POINTS_INVALID_ZH: Record<PointsInvalidReason, string> = {
  negative: "是负数",
  "zero-with-rules": "为 0，而本项有扣分规则",
  date: "是日期",
  "error-value": "是错误值",
};
const POINTS_INVALID_EN: Record<PointsInvalidReason, string> = {
  negative: "are negative",
  "zero-with-rules": "are 0 while the item has deduction rules",
  date: "are a date",
  "error-value": "are an error value",
};

/** The args each code takes. `finding` is the finding's 1-based position in the findings list. */
export interface ProblemArgsByCode {
  /** With `sheet`: no header row found on it; without: the model has no header row. */
  "no-table": { sheet?: string };
  "column-missing": { role: "criteria" | "points" };
  "no-items": Record<string, never>;
  /** "fill": inspect notes a column will be added; "check": a filled sheet cannot be checked. */
  "score-column-missing": { purpose: "fill" | "check" };
  /** With `finding`: a finding on an item without points. */
  "points-missing": { item: string; finding?: number };
  /** reason: why a number is no 分值 (absent: not a number at all). */
  "points-invalid": { cell: string; value: string; reason?: PointsInvalidReason };
  "points-sum-mismatch": { sum: number; total: number };
  "duplicate-item": { item: string; firstRow: number; row: number };
  "no-clauses": { item: string };
  "clause-unread": { clause: string };
  "clause-exceeds-points": { clause: string; most: number; points: number };
  "cannot-reach-zero": { item: string; reach: number; points: number };
  "criteria-merged-across-items": { cell: string; count: number };
  /** candidates: listArg of [name, row], at most 20; more: how many were left out. */
  "finding-item-unknown": { finding: number; item: string; candidates: string; more?: number };
  "finding-item-ambiguous": { finding: number; item: string; candidates: string; more?: number };
  /** candidates: listArg of [index, text], at most 20; more: how many were left out. */
  "finding-clause-unknown": { finding: number; item: string; clause: string; candidates: string; more?: number };
  "finding-clause-ambiguous": { finding: number; item: string; clause: string; candidates: string; more?: number };
  "finding-count-invalid": { finding: number; item: string; expected: "whole" | "positive" };
  "finding-amount-invalid": { finding: number; item: string } & AmountReason;
  "finding-duplicate": { finding: number; clause: string };
  /** except: listArg of the excepted unit names. */
  "finding-excepted": { item: string; unit: string; except: string };
  "score-blank": { item: string; cell: string };
  "score-not-number": { cell: string; value: string };
  "score-as-text": { cell: string; value: string; score: number };
  "score-out-of-range": { cell: string; score: number; max: number };
  "total-vetoed": { sum: number };
  "total-mismatch": { total: number; sum: number };
  "total-blank": { cell: string; sum: number };
  "score-would-change": { cell: string; column: WriteColumn; previous: string; value: string };
  "cell-would-change": { cell: string; column: WriteColumn; previous: string; value: string };
  "score-formula": { cell: string; formula: string };
  /** A column role read from the cells' content, not from a header word; column is its letter. */
  "column-guessed": { role: string; column: string };
  /** A category's points written in its cell (计划生育(30分)) against the sum of its items' points. */
  "group-points-mismatch": { group: string; cell: string; points: number; sum: number };
  /** by: the sheet's title names the rubric, or its items are the rubric's items. */
  "rubric-applied": { rubric: string; title: string; by: "title" | "items" };
  /** A 扣分明细 row whose item is now on another row (rows inserted or deleted since). */
  "log-finding-moved": { item: string; from: number; to: number };
  /** A 扣分明细 row whose item (or clause) is no longer on the sheet. */
  "log-finding-lost": { logRow: number; item: string; clause: string };
  /** A 扣分明细 cell (行号, 条款序号, 次数 …) that cannot be read as a number. */
  "log-value-unread": { logRow: number; column: string; value: string };
  /** With --force, a score cell holding a formula is kept: the score shown for it is not written. */
  "score-formula-kept": { cell: string; formula: string; score: number };
  /** Two items read with one 得分 cell (the layout took one item for two): the second is not written. */
  "score-cell-shared": { cell: string; item: string; firstRow: number; row: number };
  /** A table-wide rule (rule: its text) zeroed the total: an item of the group scored 0 (item), or the group's sum is under min. */
  "sheet-rule-zeroed": { rule: string; group: string; sum: number; item?: string; groupSum?: number; min?: number };
  /** A table-wide rule (后3项积分不累加) counted only the best of several items; dropped: listArg of their names. */
  "sheet-rule-best-only": { rule: string; kept: string; dropped: string };
}

export type ProblemCode = keyof ProblemArgsByCode;

type MessageTable = { [C in ProblemCode]: (args: ProblemArgsByCode[C]) => string };

const ROLE_ZH = { criteria: "评分标准", points: "分值" } as const;
const ROLE_NAME_ZH: Record<string, string> = {
  item: "项目",
  requirement: "要求",
  criteria: "评分标准",
  points: "分值",
  score: "得分",
  note: "备注",
};
const ROLE_NAME_EN: Record<string, string> = {
  item: "item",
  requirement: "requirement",
  criteria: "criteria",
  points: "points",
  score: "score",
  note: "note",
};
const ROLE_EN = { criteria: "criteria", points: "points" } as const;
const COLUMN_ZH: Record<WriteColumn, string> = { score: "得分", deduction: "扣分", note: "备注", total: "合计" };
const COLUMN_EN: Record<WriteColumn, string> = { score: "score", deduction: "deduction", note: "note", total: "total" };

const findingZh = (n: number) => `第 ${n} 条扣分记录`;
const moreZh = (more?: number) => (more ? `…等 ${more} 项` : "");
const moreEn = (more?: number) => (more ? ` … and ${more} more` : "");
const itemsZh = (list: string, more?: number) =>
  listEntries(list)
    .map(([name, row]) => `${name}（第${row}行）`)
    .join("；") + moreZh(more);
const itemsEn = (list: string, more?: number) =>
  listEntries(list)
    .map(([name, row]) => `${name} (row ${row})`)
    .join("; ") + moreEn(more);
const clausesZh = (list: string, more?: number) =>
  listEntries(list)
    .map(([index, text]) => `${index}. ${text}`)
    .join("；") + moreZh(more);
const clausesEn = (list: string, more?: number) =>
  listEntries(list)
    .map(([index, text]) => `${index}. ${text}`)
    .join("; ") + moreEn(more);

function amountZh(a: AmountReason): string {
  switch (a.reason) {
    case "not-number":
      return "扣分数额应为不小于 0 的数字";
    case "range-needed":
      return `条款“${a.clause}”需要填写扣分（${a.min}～${a.max} 分）`;
    case "out-of-range":
      return `扣分 ${a.amount} 不在 ${a.min}～${a.max} 分之内`;
    case "manual-needed":
      return `条款“${a.clause}”需要填写扣分数额`;
    case "over-points":
      return `扣分 ${a.amount} 超过本项分值 ${a.points} 分`;
    case "bonus-needed":
      return `条款“${a.clause}”需要填写加分数额`;
    case "fixed":
      return `条款“${a.clause}”的分值固定为 ${a.fixed} 分，不能另填分数（amount 只用于酌情或区间扣分）`;
    case "override-note-needed":
      return `条款“${a.clause}”规定为 ${a.fixed} 分，另填分数时须在 note 中写明理由`;
    case "level-needed":
      return `条款“${a.clause}”需要选择一档（level）：${listEntries(a.levels)
        .map(([label, score]) => `${label} ${score} 分`)
        .join("；")}`;
    case "score-out-of-range":
      return `填写的得分 ${a.score} 不在 0～${a.max} 分之内`;
  }
}

function amountEn(a: AmountReason): string {
  switch (a.reason) {
    case "not-number":
      return "the deduction must be a number of at least 0";
    case "range-needed":
      return `clause “${a.clause}” needs a deduction (${a.min}–${a.max} points)`;
    case "out-of-range":
      return `the deduction ${a.amount} is not within ${a.min}–${a.max} points`;
    case "manual-needed":
      return `clause “${a.clause}” needs a deduction amount`;
    case "over-points":
      return `the deduction ${a.amount} exceeds the item's ${a.points} points`;
    case "bonus-needed":
      return `clause “${a.clause}” needs a bonus amount`;
    case "fixed":
      return `clause “${a.clause}” is worth a fixed ${a.fixed} points; no other amount can be given (amount is only for discretionary or range deductions)`;
    case "override-note-needed":
      return `clause “${a.clause}” says ${a.fixed} points; another amount needs its reason in note`;
    case "level-needed":
      return `clause “${a.clause}” needs a chosen level (level): ${listEntries(a.levels)
        .map(([label, score]) => `${label} ${score} points`)
        .join("; ")}`;
    case "score-out-of-range":
      return `the typed score ${a.score} is not within 0–${a.max} points`;
  }
}

const zh: MessageTable = {
  "no-table": (a) =>
    a.sheet === undefined
      ? "没有找到表头行"
      : `工作表“${a.sheet}”中没有找到评分表：前 30 行没有同时含“评分标准”和“分值/得分/项目”等列名的表头行`,
  "column-missing": (a) =>
    a.role === "criteria" ? "没有“评分标准”列，无法读取扣分规则" : `没有“${ROLE_ZH[a.role]}”列，项目文字中也没有写分值`,
  "no-items": () => "表头下面没有读到任何考核项目",
  "score-column-missing": (a) =>
    a.purpose === "check" ? "没有“得分”列，无法检查得分" : "没有“得分”列：填写得分时会在表格最后一列之后添加一列",
  "points-missing": (a) =>
    a.finding === undefined ? `项目“${a.item}”没有分值` : `${findingZh(a.finding)}：项目“${a.item}”没有分值，无法计算得分`,
  "points-invalid": (a) => `${a.cell} 的分值“${a.value}”${a.reason ? POINTS_INVALID_ZH[a.reason] : "不是数字"}：本项不计分，请改正分值`,
  "points-sum-mismatch": (a) => `各项分值之和为 ${a.sum}，与合计行的 ${a.total} 不符`,
  "duplicate-item": (a) => `项目“${a.item}”在第 ${a.firstRow} 行和第 ${a.row} 行重复出现`,
  "no-clauses": (a) => `项目“${a.item}”没有评分标准条款`,
  "clause-unread": (a) => `“${a.clause}”中没有读到扣分数额，评分时需手工填写扣分`,
  "clause-exceeds-points": (a) => `“${a.clause}”最多可扣 ${a.most} 分，超过本项分值 ${a.points} 分（按本项分值封顶）`,
  "cannot-reach-zero": (a) => `项目“${a.item}”各条款全部扣满只扣 ${a.reach} 分，达不到本项分值 ${a.points} 分`,
  "criteria-merged-across-items": (a) =>
    `评分标准单元格 ${a.cell} 合并跨越 ${a.count} 个项目：其中的扣分规则对每个项目分别适用，扣分上限按各项目分值分别计算，请确认`,
  "finding-item-unknown": (a) => `${findingZh(a.finding)}：找不到项目“${a.item}”。可选项目：${itemsZh(a.candidates, a.more)}`,
  "finding-item-ambiguous": (a) =>
    `${findingZh(a.finding)}：项目“${a.item}”同时符合多个项目，请写得更具体：${itemsZh(a.candidates, a.more)}`,
  "finding-clause-unknown": (a) =>
    `${findingZh(a.finding)}：在项目“${a.item}”中找不到条款“${a.clause}”。可选条款：${clausesZh(a.candidates, a.more)}`,
  "finding-clause-ambiguous": (a) =>
    `${findingZh(a.finding)}：条款“${a.clause}”同时符合多个条款，请写得更具体：${clausesZh(a.candidates, a.more)}`,
  "finding-count-invalid": (a) => `${findingZh(a.finding)}（${a.item}）：次数应为${a.expected === "whole" ? "正整数" : "大于 0 的数"}`,
  "finding-amount-invalid": (a) => `${findingZh(a.finding)}（${a.item}）：${amountZh(a)}`,
  "finding-duplicate": (a) => `${findingZh(a.finding)}：条款“${a.clause}”已记过一次，每项只扣一次，重复的记录未计入`,
  "finding-excepted": (a) =>
    `项目“${a.item}”：本条不适用于${a.unit}（${listEntries(a.except)
      .map(([u]) => u)
      .join("、")}除外），该扣分未计入`,
  "score-blank": (a) => `项目“${a.item}”的得分 ${a.cell} 还没有填写`,
  "score-not-number": (a) => `${a.cell} 的得分“${a.value}”不是数字`,
  "score-as-text": (a) => `${a.cell} 的得分写成了文字“${a.value}”，已按 ${a.score} 分计算，建议改为数字`,
  "score-out-of-range": (a) => `${a.cell} 的得分 ${a.score} 不在 0～${a.max} 分之内`,
  "total-vetoed": (a) => `合计得分为 0，而各项得分之和为 ${a.sum}：按一票否决处理`,
  "total-mismatch": (a) => `合计得分 ${a.total} 与各项得分之和 ${a.sum} 不符`,
  "total-blank": (a) => `合计得分 ${a.cell} 还没有填写（各项得分之和为 ${a.sum}）`,
  "score-would-change": (a) => `${a.cell} 已有${COLUMN_ZH[a.column]}“${a.previous}”，将改为“${a.value}”：确认后才会覆盖`,
  "cell-would-change": (a) => `${a.cell} 已有${COLUMN_ZH[a.column]}“${a.previous}”，将改为“${a.value}”：确认后才会覆盖`,
  "score-formula": (a) => `${a.cell} 的得分是公式“${a.formula}”，且没有扣分列可供它引用：请改为数值或添加扣分列`,
  "column-guessed": (a) => `第 ${a.column} 列的表头没有写明，按内容读作“${ROLE_NAME_ZH[a.role] ?? a.role}”列；如有误请指定列`,
  "group-points-mismatch": (a) => `${a.cell} 写明“${a.group}”共 ${a.points} 分，其下各项分值之和为 ${a.sum}，不符`,
  "rubric-applied": (a) =>
    `按细则“${a.title}”（${a.rubric}）补充封顶、除外等规则：${a.by === "title" ? "表格标题与细则标题相同" : "各项目名称与细则一致"}`,
  "log-finding-moved": (a) => `扣分明细中“${a.item}”的记录写的是第 ${a.from} 行，该项目现在在第 ${a.to} 行：按项目名称对应`,
  "log-finding-lost": (a) => `扣分明细第 ${a.logRow} 行（“${a.item}”：“${a.clause}”）在评分表中找不到对应的项目或条款，未计入`,
  "log-value-unread": (a) => `扣分明细第 ${a.logRow} 行的“${a.column}”是“${a.value}”，无法读作数字，该行未计入`,
  "score-formula-kept": (a) => `${a.cell} 的得分是公式“${a.formula}”，未改写：算出的 ${a.score} 分没有写入该单元格`,
  "score-cell-shared": (a) =>
    `第 ${a.row} 行的“${a.item}”与第 ${a.firstRow} 行的项目共用得分单元格 ${a.cell}，未写入：请检查表格是否把一个项目读成了两个（可用 --columns 或合并单元格修正）`,
  "sheet-rule-zeroed": (a) =>
    `按表注“${a.rule}”：${
      a.item !== undefined ? `${a.group}中“${a.item}”得 0 分` : `${a.group}小计 ${a.groupSum} 分，不足 ${a.min} 分`
    }，全表计 0 分（各项得分之和为 ${a.sum}）`,
  "sheet-rule-best-only": (a) =>
    `按表注“${a.rule}”：只计“${a.kept}”的得分，${listEntries(a.dropped)
      .map(([n]) => `“${n}”`)
      .join("、")}不累加，计 0 分`,
};

const en: MessageTable = {
  "no-table": (a) =>
    a.sheet === undefined
      ? "No header row was found"
      : `No scoring table on sheet “${a.sheet}”: none of the first 30 rows is a header row with a criteria column and a points, score or item column`,
  "column-missing": (a) =>
    a.role === "criteria"
      ? "There is no criteria column, so no deduction rules can be read"
      : `There is no ${ROLE_EN[a.role]} column, and the item texts do not state their points either`,
  "no-items": () => "No items were read below the header row",
  "score-column-missing": (a) =>
    a.purpose === "check"
      ? "There is no score column, so the scores cannot be checked"
      : "There is no score column: filling in scores adds one after the table's last column",
  "points-missing": (a) =>
    a.finding === undefined
      ? `Item “${a.item}” has no points`
      : `Finding ${a.finding}: item “${a.item}” has no points, so it cannot be scored`,
  "points-invalid": (a) =>
    `The points “${a.value}” in ${a.cell} ${a.reason ? POINTS_INVALID_EN[a.reason] : "are not a number"}: the item is not scored until they are corrected`,
  "points-sum-mismatch": (a) => `The items' points add up to ${a.sum}, not the ${a.total} in the total row`,
  "duplicate-item": (a) => `Item “${a.item}” appears twice, on rows ${a.firstRow} and ${a.row}`,
  "no-clauses": (a) => `Item “${a.item}” has no scoring criteria`,
  "clause-unread": (a) => `No deduction amount was read in “${a.clause}”; enter the deduction by hand when scoring`,
  "clause-exceeds-points": (a) =>
    `“${a.clause}” can deduct up to ${a.most} points, more than the item's ${a.points} (capped at the item's points)`,
  "cannot-reach-zero": (a) =>
    `Item “${a.item}”: all its clauses together deduct only ${a.reach} ${a.reach === 1 ? "point" : "points"}, short of its ${a.points}`,
  "criteria-merged-across-items": (a) =>
    `Criteria cell ${a.cell} is merged across ${a.count} items: its rules apply to each item separately, each capped at that item's points; please confirm`,
  "finding-item-unknown": (a) => `Finding ${a.finding}: no item matches “${a.item}”. Items: ${itemsEn(a.candidates, a.more)}`,
  "finding-item-ambiguous": (a) =>
    `Finding ${a.finding}: “${a.item}” matches several items; be more specific: ${itemsEn(a.candidates, a.more)}`,
  "finding-clause-unknown": (a) =>
    `Finding ${a.finding}: item “${a.item}” has no clause matching “${a.clause}”. Clauses: ${clausesEn(a.candidates, a.more)}`,
  "finding-clause-ambiguous": (a) =>
    `Finding ${a.finding}: “${a.clause}” matches several clauses; be more specific: ${clausesEn(a.candidates, a.more)}`,
  "finding-count-invalid": (a) =>
    `Finding ${a.finding} (${a.item}): the count must be ${a.expected === "whole" ? "a whole number above 0" : "a number above 0"}`,
  "finding-amount-invalid": (a) => `Finding ${a.finding} (${a.item}): ${amountEn(a)}`,
  "finding-duplicate": (a) =>
    `Finding ${a.finding}: clause “${a.clause}” was already recorded; it deducts only once, so the repeat was not counted`,
  "finding-excepted": (a) =>
    `Item “${a.item}”: this clause does not apply to ${a.unit} (${listEntries(a.except)
      .map(([u]) => u)
      .join(", ")} excepted); the deduction was not counted`,
  "score-blank": (a) => `The score ${a.cell} of item “${a.item}” is blank`,
  "score-not-number": (a) => `The score “${a.value}” in ${a.cell} is not a number`,
  "score-as-text": (a) => `The score in ${a.cell} is written as text “${a.value}”; counted as ${a.score}, better enter a number`,
  "score-out-of-range": (a) => `The score ${a.score} in ${a.cell} is not within 0–${a.max} points`,
  "total-vetoed": (a) => `The total is 0 while the item scores add up to ${a.sum}: treated as a veto`,
  "total-mismatch": (a) => `The total ${a.total} does not match the sum of the item scores, ${a.sum}`,
  "total-blank": (a) => `The total ${a.cell} is blank (the item scores add up to ${a.sum})`,
  "score-would-change": (a) =>
    `${a.cell} already holds the ${COLUMN_EN[a.column]} “${a.previous}”; it would become “${a.value}”: confirm to overwrite`,
  "cell-would-change": (a) =>
    `${a.cell} already holds the ${COLUMN_EN[a.column]} “${a.previous}”; it would become “${a.value}”: confirm to overwrite`,
  "score-formula": (a) =>
    `The score in ${a.cell} is the formula “${a.formula}” and there is no deduction column for it to use: enter a number or add a deduction column`,
  "column-guessed": (a) =>
    `Column ${a.column} has no header word for it and was read as the ${ROLE_NAME_EN[a.role] ?? a.role} column from its content; set the column if that is wrong`,
  "group-points-mismatch": (a) => `${a.cell} gives category “${a.group}” ${a.points} points, but its items add up to ${a.sum}`,
  "rubric-applied": (a) =>
    `Caps, exceptions and other rules added from the rubric “${a.title}” (${a.rubric}): ${a.by === "title" ? "the sheet's title is the rubric's title" : "the item names are the rubric's"}`,
  "log-finding-moved": (a) => `The log-sheet entry for “${a.item}” says row ${a.from}; the item is now on row ${a.to}: matched by its name`,
  "log-finding-lost": (a) =>
    `Row ${a.logRow} of the log sheet (“${a.item}”: “${a.clause}”) matches no item or clause on the sheet and is not counted`,
  "log-value-unread": (a) =>
    `Row ${a.logRow} of the log sheet has “${a.value}” as ${a.column}, which cannot be read as a number; the row is not counted`,
  "score-formula-kept": (a) =>
    `${a.cell} holds the formula “${a.formula}” and was not overwritten: the computed ${a.score} points were not written there`,
  "score-cell-shared": (a) =>
    `“${a.item}” on row ${a.row} shares the score cell ${a.cell} with the item on row ${a.firstRow} and was not written: check whether one item was read as two`,
  "sheet-rule-zeroed": (a) =>
    `By the table's note “${a.rule}”: ${
      a.item !== undefined ? `“${a.item}” in ${a.group} scored 0` : `${a.group} scored ${a.groupSum} in all, under ${a.min}`
    }, so the sheet scores 0 (the item scores add up to ${a.sum})`,
  "sheet-rule-best-only": (a) =>
    `By the table's note “${a.rule}”: only “${a.kept}” counts; ${listEntries(a.dropped)
      .map(([n]) => `“${n}”`)
      .join(", ")} do not add up and score 0`,
};

export const PROBLEM_MESSAGES: Record<ProblemLanguage, MessageTable> = { zh, en };

/** Every code a problem can have. */
export const PROBLEM_CODES = Object.keys(zh) as ProblemCode[];

export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(zh, code);
}

/** The message of `code` with `args` in one language. */
export function formatProblem<C extends ProblemCode>(lang: ProblemLanguage, code: C, args: ProblemArgsByCode[C]): string {
  const format = PROBLEM_MESSAGES[lang][code] as (args: ProblemArgsByCode[C]) => string;
  return format(args);
}

/**
 * The problem's message in `lang`. A problem made without args (e.g. read back from JSON) keeps its Chinese
 * message, and in English shows its code made readable.
 */
export function problemMessage(p: Pick<Problem, "code" | "message" | "args">, lang: ProblemLanguage): string {
  if (p.args && isProblemCode(p.code)) {
    return formatProblem(lang, p.code, p.args as unknown as ProblemArgsByCode[typeof p.code]);
  }
  if (lang === "zh") return p.message;
  const words = p.code.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
