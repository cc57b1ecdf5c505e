import { columnLetter } from "../core";
import type { Clause, Problem, Role, ScoreResult, SheetModel } from "../core";

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

export function inspectJson(model: SheetModel, rubricId: string | null) {
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
    problems: model.problems.map(problemJson),
  };
}

export function scoreJson(model: SheetModel, result: ScoreResult, problems: Problem[], out: string) {
  return {
    sheet: model.layout.sheet,
    unit: result.unit,
    total: result.total,
    max: result.max,
    vetoed: result.vetoed,
    items: result.items.map((s) => ({
      row: s.row,
      name: s.name,
      points: s.points,
      deducted: s.deducted,
      score: s.score,
      capped: s.capped,
    })),
    problems: problems.map(problemJson),
    out,
  };
}

export function checkJson(model: SheetModel, problems: Problem[]) {
  return {
    sheet: model.layout.sheet,
    unit: model.layout.unit,
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
