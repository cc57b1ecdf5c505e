import { parseArgs } from "node:util";
import { columnNumber, ROLE_NAMES } from "../core";
import type { InspectOptions, Role } from "../core";
import { CliError } from "./errors";
import { msg } from "./messages";

type OptionSpec = { type: "string" | "boolean"; short?: string };

/** The options every command knows, by name; each command picks its own. */
export const OPTIONS = {
  sheet: { type: "string" },
  rubric: { type: "string" },
  json: { type: "boolean" },
  findings: { type: "string" },
  unit: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  columns: { type: "string" },
  settings: { type: "string" },
  workbook: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Record<string, OptionSpec>;

type OptionName = keyof typeof OPTIONS;
type Values<K extends OptionName> = { [P in K]?: (typeof OPTIONS)[P]["type"] extends "string" ? string : boolean };

export interface ParsedArgs<K extends OptionName> {
  positionals: string[];
  values: Values<K>;
}

function quotedOption(message: string): string {
  return /'(-[^']*)'/.exec(message)?.[1] ?? "";
}

/** parseArgs with Chinese messages: an unknown option or a missing value is a usage error. */
export function parseCommandArgs<K extends OptionName>(args: string[], names: readonly K[]): ParsedArgs<K> {
  const options = Object.fromEntries(names.map((n) => [n, OPTIONS[n]]));
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, values: parsed.values as Values<K> };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliError(msg.unknownOption(quotedOption(message)));
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = quotedOption(message).split(" ")[0] ?? "";
      throw new CliError(message.includes("does not take") ? msg.optionTakesNoValue(option) : msg.optionNeedsValue(option));
    }
    if (code?.startsWith("ERR_PARSE_ARGS")) throw new CliError(msg.badArgs(message));
    throw e;
  }
}

/** The one positional argument a command takes (a file), or a usage error. */
export function onePositional(positionals: string[], command: string): string {
  const [first, ...rest] = positionals;
  if (first === undefined) throw new CliError(msg.missingFileArg(command));
  if (rest.length > 0) throw new CliError(msg.extraArgs(rest));
  return first;
}

const ROLES = Object.keys(ROLE_NAMES) as Role[];
/** Excel's last column is XFD. */
const MAX_COLUMN = 16384;

function roleNamed(name: string): Role | undefined {
  const key = name.trim();
  return ROLES.find((r) => r.toLowerCase() === key.toLowerCase() || ROLE_NAMES[r] === key);
}

/**
 * `--columns item=B,criteria=C,score=-`: the roles set by hand (a column number), or removed (null, for `-` or
 * nothing after `=`). A bad role name or column letter is one usage error naming it.
 */
export function parseColumns(spec: string | undefined): InspectOptions["columns"] {
  if (spec === undefined) return undefined;
  const columns: NonNullable<InspectOptions["columns"]> = {};
  const parts = spec.split(/[,，]/).filter((part) => part.trim() !== "");
  if (parts.length === 0) throw new CliError(msg.badColumns(spec, ROLES));
  for (const part of parts) {
    const [name = "", letters, ...rest] = part.split(/[=＝]/);
    const role = roleNamed(name);
    if (!role || letters === undefined || rest.length > 0) throw new CliError(msg.badColumns(part.trim(), ROLES));
    const letter = letters.trim().toUpperCase();
    if (letter === "" || letter === "-") {
      columns[role] = null;
      continue;
    }
    const col = /^[A-Z]{1,3}$/.test(letter) ? columnNumber(letter) : 0;
    if (col < 1 || col > MAX_COLUMN) throw new CliError(msg.badColumnLetter(part.trim(), letters.trim()));
    columns[role] = col;
  }
  return columns;
}
