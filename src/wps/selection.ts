// The user's selection in WPS 表格, followed for the pane: the 加载项 event SheetSelectionChange(sheet, target).
// RemoveApiEventListener removes every callback the page added for an event, so the page adds one callback per
// ApiEvent object and hands each selection to all of its watchers; the callback goes when the last watcher stops.
import { a1 } from "../core";
import type { CellSelection } from "../host/scoringHost";
import type { EtApiEvent, EtApplication, EtRange, EtWorksheet } from "./etModel";

const EVENT = "SheetSelectionChange";

type Watcher = (selection: CellSelection) => void;

interface Listening {
  watchers: Set<Watcher>;
  callback: (sheet: EtWorksheet | null, target: EtRange | null) => void;
}

const listening = new WeakMap<EtApiEvent, Listening>();

/** The page's event object: the application's, or the `wps` global's in builds that keep it there. */
export function apiEventOf(app: EtApplication, scope: unknown = globalThis): EtApiEvent | null {
  const fromWps = (scope as { wps?: { ApiEvent?: EtApiEvent } }).wps?.ApiEvent;
  const events = app.ApiEvent ?? fromWps;
  return events && typeof events.AddApiEventListener === "function" ? events : null;
}

/** The sheet and top-left cell of a selection event; null when WPS gave too little to tell. */
export function selectedCell(app: EtApplication, sheet: EtWorksheet | null, target: EtRange | null): CellSelection | null {
  const name = sheet?.Name ?? app.ActiveSheet?.Name;
  const row = target?.Row;
  const col = target?.Column;
  if (!name || !row || !col) return null;
  return { sheet: name, cell: a1(row, col) };
}

/** Calls `onSelect` for each selection the user makes in `app` until the returned function is called. */
export function watchEtSelection(app: EtApplication, events: EtApiEvent, onSelect: Watcher): () => void {
  let entry = listening.get(events);
  if (!entry) {
    const watchers = new Set<Watcher>();
    const callback = (sheet: EtWorksheet | null, target: EtRange | null) => {
      let selection: CellSelection | null;
      try {
        selection = selectedCell(app, sheet, target);
      } catch {
        return; // a range WPS no longer knows (the sheet went away): there is no item to show
      }
      if (selection) for (const watcher of [...watchers]) watcher(selection);
    };
    events.AddApiEventListener(EVENT, callback);
    entry = { watchers, callback };
    listening.set(events, entry);
  }
  const { watchers, callback } = entry;
  const watcher: Watcher = (selection) => onSelect(selection);
  watchers.add(watcher);
  return () => {
    if (!watchers.delete(watcher) || watchers.size > 0) return;
    listening.delete(events);
    events.RemoveApiEventListener(EVENT, callback);
  };
}
