import { parseArgs } from "node:util";
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
