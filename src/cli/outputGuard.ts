import { statSync } from "node:fs";
import { CliError } from "./errors";
import { sameFileByLink, samePath } from "./io";
import { msg } from "./messages";

/** A file the command reads, with its role in messages ("评分表", "扣分记录文件", "细则文件"). */
export interface InputFile {
  path: string;
  what: string;
}

/**
 * Refuses an output that is one of the inputs (by name, symbolic or hard link), even with --force, and an existing
 * output without --force. Runs before anything is written.
 */
export function guardOutput(out: string, inputs: InputFile[], force: boolean): void {
  for (const input of inputs) {
    if (samePath(input.path, out) || sameFileByLink(input.path, out)) {
      throw new CliError(msg.outIsInput(out, input.what, input.path));
    }
  }
  // A folder or a path through a file is left to the write, which names what is wrong with it.
  if (!force && isFile(out)) throw new CliError(msg.outExists(out));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
