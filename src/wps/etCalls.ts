// What every WPS operation does the same way: yield so the pane can show it is busy, run the synchronous ET calls
// as one block, and turn whatever WPS throws into a HostError for the user.
import { hostError } from "../excel/errors";
import type { Lang } from "../excel/errors";
import { HostError } from "../host/scoringHost";
import type { EtApplication, EtWorkbook, EtWorksheet } from "./etModel";
import { worksheetsOf } from "./readSheet";
import { wpsFailed } from "./wpsErrors";

export async function runEt<T>(lang: Lang, work: () => T): Promise<T> {
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  try {
    return work();
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw wpsFailed(error, lang);
  }
}

export function activeBook(app: EtApplication, lang: Lang): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw hostError("no-table", lang);
  return book;
}

export function findSheet(book: EtWorkbook, name: string): EtWorksheet | undefined {
  return worksheetsOf(book.Worksheets).find((s) => s.Name === name);
}

export function sheetNamed(book: EtWorkbook, name: string, lang: Lang): EtWorksheet {
  const sheet = findSheet(book, name);
  if (!sheet) throw hostError("missing-sheet", lang, name);
  return sheet;
}

/** Deletes a sheet without WPS's confirmation dialog, which would otherwise stop the pane. */
export function deleteSheetQuietly(app: EtApplication, sheet: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    sheet.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}
