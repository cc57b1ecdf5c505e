import { formatProblem, type ProblemArgs, type ProblemArgsByCode, type ProblemCode } from "./problemMessages";
import type { Problem, Severity } from "./types";

/** A problem with its args; its message is the Chinese one from the message table. */
export function problem<C extends ProblemCode>(severity: Severity, code: C, cell: string | null, args: ProblemArgsByCode[C]): Problem {
  return { severity, code, cell, message: formatProblem("zh", code, args), args: definedArgs(args) };
}

function definedArgs(args: object): ProblemArgs {
  return Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined)) as ProblemArgs;
}
