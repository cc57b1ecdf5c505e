// A scored unit as the whole-assessment view needs it, and what is made from many of them.

export interface UnitItemScore {
  name: string;
  points: number | null;
  /** The item's score, its own bonus included (as scoreSheet gives it); null when the item has no points. */
  score: number | null;
  /** Bonus points inside `score` (加分 clauses). */
  bonus: number;
  /** The unit's own score for the item (自评分 column), when the sheet has one. */
  selfScore: number | null;
}

/** One applied finding, with the clause text as written on the sheet. */
export interface UnitDeduction {
  item: string;
  clause: string;
  count: number;
  /** Amount the assessor typed (range, manual clauses). */
  amount: number | null;
  /** Points moved: negative for a deduction, positive for a bonus. */
  effect: number;
  note: string;
}

export interface ScoredUnit {
  unit: string;
  /** Where it was read from: "file.xlsx" or "file.xlsx › 嵯岗镇". */
  source: string;
  assessor: string | null;
  /** The class the unit belongs to; when absent the settings' class lists decide. */
  class?: string | null;
  items: UnitItemScore[];
  vetoed: boolean;
  findings: UnitDeduction[];
  /** A total decided elsewhere (assessors combined, parts weighted): it replaces base + capped bonus. */
  fixedTotal?: number;
}

export interface SummaryRow {
  no: number;
  unit: string;
  class: string | null;
  source: string;
  /** Item scores in the order of Summary.items; null where the unit lacks the item. */
  items: (number | null)[];
  /** Sum of item scores without bonus. */
  base: number;
  /** Bonus counted, after the cap. */
  bonus: number;
  /** Bonus found before the cap. */
  bonusFound: number;
  total: number;
  /** total with two decimals: "95.50". */
  totalText: string;
  rank: number;
  /** Rank within the unit's class, null without classes. */
  classRank: number | null;
  /** Grade from the bands alone, before veto and quotas. */
  bandGrade: string;
  grade: string;
  vetoed: boolean;
  selfTotal: number | null;
  /** selfTotal − total (positive: the unit rated itself higher). */
  selfGap: number | null;
}

export interface QuotaReport {
  grade: string;
  /** Class the quota was counted in, null over all units. */
  class: string | null;
  units: number;
  /** Most units allowed the grade. */
  limit: number;
  qualifying: number;
  kept: string[];
  dropped: string[];
  /** Grade the dropped units got. */
  droppedTo: string | null;
  /** Units tied on the boundary total and what the rule did with them. */
  tie: { total: number; units: string[]; rule: "keep" | "drop" } | null;
}

export interface SummaryColumn {
  name: string;
  points: number | null;
}

export interface Summary {
  title: string;
  items: SummaryColumn[];
  classes: string[];
  rows: SummaryRow[];
  quotas: QuotaReport[];
}
