import type { ClauseKind, Tier } from "../types";

export interface RubricClause {
  text: string;
  kind: ClauseKind;
  amount?: number | null;
  min?: number;
  max?: number;
  unit?: string;
  maxCount?: number;
  cap?: number;
  except?: string[];
  tiers?: Tier[];
}

export interface RubricItem {
  name: string;
  /** Other names the item goes by on sheets. */
  aliases?: string[];
  requirement?: string;
  /** The 评分标准 text exactly as the sheet writes it. */
  criteria: string;
  method?: string;
  points: number;
  clauses: RubricClause[];
}

export interface Rubric {
  $schema?: string;
  id: string;
  title: string;
  /** Header of the template sheet, left to right. */
  columns?: string[];
  total: number;
  items: RubricItem[];
}

export class RubricError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "RubricError";
  }
}

/** Checks parsed JSON against the rubric schema; throws RubricError naming the JSON path ($.items[2].points). */
export function validateRubric(_json: unknown): Rubric {
  throw new Error("not implemented");
}

/** The rubric whose items best match the sheet's item names (most of them), or null. */
export function matchRubric(_itemNames: string[], _rubrics: Rubric[]): Rubric | null {
  throw new Error("not implemented");
}
