/* global Excel */
// The user's selection, followed for the pane: WorksheetCollection.onSelectionChanged (ExcelApi 1.9) reports the
// address and the worksheet's id; one sync reads that sheet's name. A handler added in a batch must be removed in
// a batch of the same RequestContext, so the stopper re-enters the registration's context (Excel.run(context, …)).
import { a1, columnNumber, parseA1 } from "../core";
import type { CellSelection } from "../host/scoringHost";

/**
 * The top-left cell (A1 form) of a selection's address as Excel reports it: "B5", "$B$5:$C$7", "Sheet1!B5:C7",
 * "'My ''Sheet'!B5", whole columns "B:D" (B1), whole rows "5:7" (A5), several areas "B5:C7, E2" (the first).
 * Null when the address is none of these.
 */
export function topLeftCell(address: string): string | null {
  const firstArea = address.split(",")[0].trim();
  const bang = firstArea.lastIndexOf("!");
  const range = (bang >= 0 ? firstArea.slice(bang + 1) : firstArea).replace(/\$/g, "");
  const first = range.split(":")[0];
  const cell = parseA1(first);
  if (cell) return a1(cell.row, cell.col);
  if (/^[A-Za-z]{1,3}$/.test(first)) return a1(1, columnNumber(first));
  if (/^\d+$/.test(first) && Number(first) > 0) return a1(Number(first), 1);
  return null;
}

/**
 * Calls `onSelect` with the sheet and top-left cell of each selection the user makes, from now until the returned
 * function is called. Registers in `context` (the caller syncs nothing: this does). Events that arrive while the
 * removal is under way, and reads still in flight when it is asked for, are dropped: nothing is reported after stop.
 */
export async function watchExcelSelection(
  context: Excel.RequestContext,
  onSelect: (selection: CellSelection) => void,
): Promise<() => void> {
  let stopped = false;
  const handler = async (args: Excel.WorksheetSelectionChangedEventArgs) => {
    if (stopped) return;
    const cell = topLeftCell(args.address);
    if (!cell) return;
    let sheet: string;
    try {
      sheet = await sheetName(args.worksheetId);
    } catch {
      // The sheet went away between the selection and the read: there is no item to show, and no one to tell.
      return;
    }
    if (!stopped) onSelect({ sheet, cell });
  };
  const registration = context.workbook.worksheets.onSelectionChanged.add(handler);
  await context.sync();
  return () => {
    if (stopped) return;
    stopped = true;
    void Excel.run(registration.context, async (same) => {
      registration.remove();
      await same.sync();
    }).catch(() => undefined); // the pane is closing or the workbook is gone: the handler goes with them
  };
}

async function sheetName(worksheetId: string): Promise<string> {
  return Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(worksheetId);
    worksheet.load("name");
    await context.sync();
    return worksheet.name;
  });
}
