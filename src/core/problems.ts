import type { Problem, Severity } from "./types";

export function problem(severity: Severity, code: string, cell: string | null, message: string): Problem {
  return { severity, code, cell, message };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
