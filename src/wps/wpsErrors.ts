// The errors only WPS raises; their words are in src/host/hostMessages.ts with every other host's.
import type { HostError, WriteReceipt } from "../host/scoringHost";
import { makeHostError, type HostLanguage } from "../host/hostMessages";

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return text.slice(0, 120);
}

/** A call into WPS threw; with a receipt, the write it was making had begun (the receipt undoes it). */
export function wpsFailed(error: unknown, lang: HostLanguage, receipt?: WriteReceipt): HostError {
  const detail = reason(error);
  return makeHostError(
    "failed",
    detail ? { reason: "operation", host: "wps", detail } : { reason: "operation", host: "wps" },
    lang,
    receipt,
  );
}

/** Cells did not take the values written (some WPS builds drop property writes silently), even on a retry. */
export function wpsWriteNotApplied(lang: HostLanguage, sheet: string, cell: string, receipt: WriteReceipt): HostError {
  return makeHostError("failed", { reason: "not-applied", sheet, cell }, lang, receipt);
}
