// The domain's vocabulary. Rows and columns in the model are 1-based sheet coordinates (as Excel shows them);
// only SheetGrid's arrays are 0-based.

import type { Remark } from "./messages/remarkMessages";

export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet as the domain sees it: values[r][c] is the cell at row r+1, column c+1 (A1 is values[0][0]).
 * A merged area holds its value only in its top-left (master) cell; the other cells of the merge are null.
 */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Formula text ("=SUM(F4:F14)") where a cell holds one; absent or null elsewhere. */
  formulas?: (string | null)[][];
  /** Merged areas; undefined when the host cannot tell (then blank continuation rows are read as merges). */
  merges?: CellRange[];
}

export type Role = "index" | "item" | "requirement" | "criteria" | "method" | "points" | "score" | "deduction" | "note" | "selfScore";

/** Column (1-based) of each role found in the header; a role the sheet lacks is absent. */
export type ColumnMap = Partial<Record<Role, number>>;

export interface Layout {
  sheet: string;
  /** 1-based row of the header. */
  headerRow: number;
  columns: ColumnMap;
  /** Every column read as an item name, left to right (一级指标, 二级指标 …); columns.item is the last. */
  itemColumns: number[];
  unit: string | null;
  /** Last column (1-based) with text in the header row. */
  lastColumn: number;
  /** First and last 1-based rows of the table body (after the header, before the total row). */
  firstRow: number;
  lastRow: number;
  total: TotalRow | null;
}

export interface TotalRow {
  row: number;
  /** Number written in the points column of the total row (or its SUM formula's computed value when known). */
  declaredPoints: number | null;
  pointsFormula: string | null;
  score: number | null;
  scoreFormula: string | null;
}

export type ClauseKind = "deduct" | "per" | "range" | "manual" | "zero" | "veto" | "bonus" | "award" | "level";

export interface Tier {
  /** Occurrences from which this tier applies (1, 2, 3 …). */
  count: number;
  amount: number;
  /** True for "三次以上不得分": from this count on the row scores 0. */
  zero?: boolean;
  /** True for "三次及以上": the tier applies from `count` on. */
  orMore?: boolean;
}

export interface Clause {
  /** 1-based position within its item. */
  index: number;
  text: string;
  kind: ClauseKind;
  /** Points per application: fixed deduction, per-occurrence amount, bonus amount, award amount. */
  amount: number | null;
  /** Range clauses: the assessor chooses within [min, max]. */
  min?: number;
  max?: number;
  /** What is counted for per clauses: 次, 项, 例, 个, %, … */
  unit?: string;
  /** Most occurrences that count (per clauses). */
  maxCount?: number;
  /** Most points this clause can deduct (or add, for bonus). */
  cap?: number;
  /** Units the clause does not apply to (嵯岗, 罕达盖). */
  except?: string[];
  tiers?: Tier[];
  /** "扣完为止": deductions stop at the row's points. */
  untilExhausted?: boolean;
  /** True when no rule could be read from the text: kind is manual and the assessor types the amount. */
  unread?: boolean;
  /**
   * Level clauses (无事故得10分,平指标得5分,超指标不得分): the assessor picks one; the row scores the chosen level.
   * `full` marks 得满分: the row's points (score is then 0 and unused).
   */
  levels?: { label: string; score: number; full?: boolean }[];
  /** Per clauses counted in steps (每低3个百分点扣0.5分: 3): the amount applies once per whole step. */
  step?: number;
  /** Fixed deduction once per case named (A、B…各扣1分): the count multiplies it. */
  each?: boolean;
  /** Award clauses whose text says the row adds up from 0 (从0分起评, 得分累加): found awards earn, the rest earn nothing. */
  fromZero?: boolean;
}

export interface Item {
  /** 0-based position in SheetModel.items. */
  index: number;
  /** First and last physical rows (1-based) the item spans. */
  row: number;
  lastRow: number;
  name: string;
  /** Item number written in the text ("13、…", "一、…"), when any. */
  no: string | null;
  /** Group header above the item ("公共卫生成绩评分项(50分)"), when any. */
  group: string | null;
  /** Every category above the item, outermost first (一级指标, 二级指标); its last entry is `group`. */
  path?: string[];
  points: number | null;
  /** Cell the points came from, A1 form; null when read from the item text or absent. */
  pointsCell: string | null;
  /** Master cell of 得分 for this item (1-based), null when the sheet has no score column. */
  scoreCell: { row: number; col: number } | null;
  /** Value already in the score cell (a formula's cached result). */
  existingScore: CellValue;
  /** Formula in the score cell ("=C4-D4"), kept when scoring: the deduction goes to the 扣分 column instead. */
  scoreFormula: string | null;
  /** Values already in the item's 扣分 and 备注 cells (first row), when the sheet has those columns. */
  existingDeduction: CellValue;
  existingNote: CellValue;
  /** The unit's own score for the item (自评分 column), when the sheet has one and it is a number. */
  selfScore?: number;
  criteriaCells: string[];
  clauses: Clause[];
  /** Cap on the row's total deduction written in the text ("本项最多扣5分"), beyond its points. */
  cap?: number;
}

export type Severity = "error" | "warning" | "info";

export interface Problem {
  severity: Severity;
  /** Stable identifier (kebab-case) that tests and tools can rely on. */
  code: string;
  /** A1 address on the scored sheet, or null when the problem concerns no one cell. */
  cell: string | null;
  /** Chinese, one sentence, for the user. */
  message: string;
  /**
   * What the message is made of (cell, item name, points, amounts, candidates …), so a UI in another language can
   * word it (problemMessage in problemMessages.ts). Lists are one string (listArg).
   */
  args?: Record<string, string | number>;
}

/**
 * A rule written once for the whole table (a note above or under it, a 备注 cell), applied after the rows are scored.
 * zeroIfAnyZero: an item of `group` scoring 0 makes the sheet 0 (保证项目有一项不得分…计零分); zeroIfGroupBelow: the
 * group's items scoring under `min` together make it 0 (保证项目小计不足40分…); bestOnly: of `items` (indexes) only the
 * best score counts (后3项积分不累加).
 */
export type SheetRule = { text: string; cell: string | null } & (
  | { kind: "zeroIfAnyZero"; group: string }
  | { kind: "zeroIfGroupBelow"; group: string; min: number }
  | { kind: "bestOnly"; items: number[] }
);

export interface SheetModel {
  layout: Layout;
  items: Item[];
  declaredTotal: number | null;
  pointsSum: number;
  problems: Problem[];
  /** Table-wide rules read from notes; absent when there are none. */
  sheetRules?: SheetRule[];
}

/** What an assessor found: one per applied clause. */
export interface Finding {
  /** Item name (or a unique substring of it), or its 1-based sheet row. */
  item: string | number;
  /** A substring of exactly one clause's text, or its 1-based index within the item. */
  clause?: string | number;
  count?: number;
  amount?: number;
  note?: string;
  /** The row's score typed by the assessor (clause omitted) when the rules cannot express it; `note` gives the reason. */
  score?: number;
  /** Level clauses: the chosen level, by (part of) its label or its score. */
  level?: string | number;
}

export interface FindingsFile {
  unit?: string;
  findings: Finding[];
}

export interface ResolvedFinding {
  itemIndex: number;
  /** 1-based clause index; 0 for a typed score on the whole row. */
  clauseIndex: number;
  count: number;
  amount?: number;
  note?: string;
  /** Level clauses: 0-based index of the chosen level. */
  level?: number;
  /** A score typed for the whole row (clauseIndex 0). */
  score?: number;
}

export interface AppliedFinding extends ResolvedFinding {
  /** Points this finding actually moved after caps (negative for deductions, positive for bonus). */
  effect: number;
  /** Why it moved less than asked (cap, exception …), empty when it applied in full: `why` worded in Chinese. */
  remark: string;
  /** The remark as a code with args (absent when there is none), for wording it in another language. */
  why?: Remark;
  applied: boolean;
  /** The assessor's amount replaced the clause's own (a fixed or per clause): the log records it as an override. */
  override?: boolean;
}

export interface ItemScore {
  itemIndex: number;
  row: number;
  name: string;
  points: number | null;
  deducted: number;
  bonus: number;
  score: number | null;
  /** A cap took effect: the row's points, its own cap, or a clause's count or points limit. */
  capped: boolean;
  /**
   * 已扣满: a cap took effect, or the deductions used up all the row allows (its points, or its cap when lower).
   * False when a typed score replaces what the clauses give, and on rows nothing was found on.
   */
  full: boolean;
  zeroed: boolean;
  /** 扣分说明: the applied clauses, counts and amounts. */
  explanation: string;
}

export interface ScoreResult {
  unit: string | null;
  total: number;
  max: number;
  vetoed: boolean;
  items: ItemScore[];
  applied: AppliedFinding[];
  problems: Problem[];
  /** Rows whose score the assessor typed (clause omitted), with the reason; they replace what the clauses give. */
  typed?: { itemIndex: number; score: number; note?: string }[];
}

/** One cell to write on the scored sheet (1-based), with what it held before, for undo and confirmation. */
export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  previous: CellValue;
}

/** Everything a host must write to record a scoring, computed by the domain; hosts only carry it out. */
export interface WritePlan {
  sheet: string;
  /** Only cells whose value changes, row by row. */
  writes: CellWrite[];
  /** Column (1-based) where a 得分 column is added when the sheet had none; its header is among writes. */
  addedScoreColumn: number | null;
  /** Filled score cells that would change; without `force` they are left out of `writes`. */
  conflicts: Problem[];
  /** The whole 扣分明细 sheet after this scoring (header first), rows of other sheets kept. */
  log: CellValue[][];
}

export interface LogMeta {
  /** Who scored (the assessor's name, or the OS user for the command line). */
  assessor: string;
  /** ISO timestamp of the scoring. */
  time: string;
}
