// Follows the user's selection in the grid: a cell inside an item's rows brings that item into view in the pane.
import { useEffect, useRef } from "react";
import type { ScoringHost } from "../host/scoringHost";

/**
 * While `sheet` is shown (null: not shown), calls `onCell` with each cell the user selects on it. Hosts that cannot
 * tell (no watchSelection) and hosts whose watching fails leave the pane as it is.
 */
export function useSelectionFollow(host: ScoringHost, sheet: string | null, onCell: (cell: string) => void): void {
  const latest = useRef(onCell);
  latest.current = onCell;
  useEffect(() => {
    if (!sheet || !host.watchSelection) return;
    let stop: (() => void) | null = null;
    let ended = false;
    host
      .watchSelection((selection) => {
        if (!ended && selection.sheet === sheet) latest.current(selection.cell);
      })
      .then(
        (unwatch) => (ended ? unwatch() : (stop = unwatch)),
        () => {},
      );
    return () => {
      ended = true;
      stop?.();
    };
  }, [host, sheet]);
}
