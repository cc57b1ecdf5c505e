import { addExact, columnLetter, hasScores, parsePoints, sheetProblems as coreSheetProblems } from "../core";
import type { Clause, Problem, Role, ScoreResult, SheetModel, UnwrittenScores } from "../core";

/** Every role, in the order the JSON lists them. */
const ROLES: Role[] = ["index", "item", "requirement", "criteria", "method", "points", "score", "deduction", "note", "selfScore"];

const OPTIONAL_CLAUSE_FIELDS = ["min", "max", "unit", "maxCount", "cap", "except", "tiers", "untilExhausted"] as const;

export function clauseJson(clause: Clause): Record<string, unknown> {
  const json: Record<string, unknown> = { text: clause.text, kind: clause.kind, amount: clause.amount };
  for (const field of OPTIONAL_CLAUSE_FIELDS) if (clause[field] !== undefined) json[field] = clause[field];
  return json;
}

export function columnsJson(model: SheetModel): Record<Role, string | null> {
  const columns = model.layout.columns;
  return Object.fromEntries(ROLES.map((role) => [role, columns[role] ? columnLetter(columns[role]) : null])) as Record<Role, string | null>;
}

export function problemJson(p: Problem): Problem {
  return { severity: p.severity, code: p.code, cell: p.cell, message: p.message };
}

export function inspectJson(model: SheetModel, rubricId: string | null, problems: Problem[] = sheetProblems(model)) {
  return {
    sheet: model.layout.sheet,
    unit: model.layout.unit,
    rubric: rubricId,
    headerRow: model.layout.headerRow,
    columns: columnsJson(model),
    items: model.items.map((item) => ({
      row: item.row,
      name: item.name,
      points: item.points,
      clauses: item.clauses.map(clauseJson),
    })),
    declaredTotal: model.declaredTotal,
    pointsSum: model.pointsSum,
    problems: problems.map(problemJson),
  };
}

/** Nothing held back: what a report assumes when it is not told otherwise. */
const ALL_WRITTEN: UnwrittenScores = { items: new Set(), total: false, problems: [] };

export function scoreJson(model: SheetModel, result: ScoreResult, problems: Problem[], out: string, unwritten = ALL_WRITTEN) {
  return {
    sheet: model.layout.sheet,
    unit: result.unit,
    total: result.total,
    totalWritten: !unwritten.total,
    max: result.max,
    vetoed: result.vetoed,
    items: result.items.map((s) => ({
      row: s.row,
      name: s.name,
      points: s.points,
      deducted: s.deducted,
      score: s.score,
      capped: s.capped,
      written: s.score !== null && !unwritten.items.has(s.itemIndex),
    })),
    problems: problems.map(problemJson),
    out,
  };
}

export function checkJson(model: SheetModel, problems: Problem[]) {
  const { total, max } = sheetTotal(model);
  return {
    sheet: model.layout.sheet,
    unit: model.layout.unit,
    total,
    max,
    declaredTotal: model.declaredTotal,
    pointsSum: model.pointsSum,
    problems: problems.map(problemJson),
  };
}

/** The same problem can come from inspect and again from scoring or checks: keep the first of each. */
export function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.cell ?? ""}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The one list of problems `inspect` and `check` both report (core's sheetProblems), without repeats. */
export function sheetProblems(model: SheetModel): Problem[] {
  return uniqueProblems(coreSheetProblems(model));
}

/**
 * The sheet's total as filled (the total row's score, else the sum of the item scores that are numbers; null when
 * nothing is filled) and its maximum (the declared total, else the sum of the points).
 */
export function sheetTotal(model: SheetModel): { total: number | null; max: number } {
  const max = model.declaredTotal ?? model.pointsSum;
  if (!hasScores(model)) return { total: null, max };
  const stated = model.layout.total?.score;
  if (stated !== null && stated !== undefined) return { total: stated, max };
  const total = model.items.reduce((sum, item) => addExact(sum, parsePoints(item.existingScore) ?? 0), 0);
  return { total, max };
}
