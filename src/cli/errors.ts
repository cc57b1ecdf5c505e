/** Exit codes of the kaohe command. */
export const EXIT_OK = 0;
/** The sheet has errors (check), or the scoring would overwrite filled scores (score without --force). */
export const EXIT_PROBLEMS = 1;
/** Bad usage or bad input: nothing was written. */
export const EXIT_INPUT = 2;
/** A bug in the command itself. */
export const EXIT_INTERNAL = 70;

/** An error whose message is for the user (Chinese, one sentence or a few lines) and ends the command. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
  ) {
    super(message);
    this.name = "CliError";
  }
}
