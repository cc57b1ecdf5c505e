import { checkCommand } from "./commands/check";
import { combineCommand } from "./commands/combine";
import { feedbackCommand } from "./commands/feedback";
import { inspectCommand } from "./commands/inspect";
import { scoreCommand } from "./commands/score";
import { summaryCommand } from "./commands/summary";
import { templateCommand } from "./commands/template";
import { CliError, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK } from "./errors";
import { COMMAND_HELP, HELP, msg } from "./messages";
import { processOutput } from "./output";
import type { Output } from "./output";

type Command = (args: string[], output: Output) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  inspect: inspectCommand,
  score: scoreCommand,
  check: checkCommand,
  template: templateCommand,
  summary: summaryCommand,
  feedback: feedbackCommand,
  combine: combineCommand,
};

const HELP_FLAGS = ["--help", "-h"];

/** Runs `kaohe <argv…>` and resolves to the exit code; every failure becomes one message on stderr. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    output.err(HELP);
    return EXIT_INPUT;
  }
  if (HELP_FLAGS.includes(name) || name === "help") {
    output.out(args[0] && COMMAND_HELP[args[0]] ? COMMAND_HELP[args[0]] : HELP);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    output.err(msg.unknownCommand(name));
    return EXIT_INPUT;
  }
  if (args.some((a) => HELP_FLAGS.includes(a))) {
    output.out(COMMAND_HELP[name] ?? HELP);
    return EXIT_OK;
  }
  try {
    return await command(args, output);
  } catch (e) {
    if (e instanceof CliError) {
      output.err(e.message);
      return e.exitCode;
    }
    // A bug, not bad input: still no stack trace for the user, unless asked for.
    output.err(msg.internal(e instanceof Error ? e.message : String(e)));
    if (process.env.KAOHE_DEBUG && e instanceof Error && e.stack) output.err(e.stack);
    return EXIT_INTERNAL;
  }
}
