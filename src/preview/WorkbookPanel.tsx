import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { SheetGrid } from "../core";
import { useStrings } from "../taskpane/stringsContext";
import { GridView } from "./GridView";
import type { PreviewHost } from "./PreviewHost";
import { SheetChart } from "./SheetChart";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flexGrow: 1, gap: tokens.spacingVerticalXS },
});

export interface WorkbookPanelProps {
  /** Knows the sheets' column widths, and the charts the units view put on sheets (汇总). */
  host: Pick<PreviewHost, "columnWidths"> & { workbook?: Pick<PreviewHost["workbook"], "chartOf"> };
  grids: SheetGrid[];
  sheet: string;
  written: ReadonlySet<string>;
  selected: string | null;
  onSheet(sheet: string): void;
  /** The user clicked a cell of the drawn sheet. */
  onSelectCell?(sheet: string, address: string): void;
}

/** The workbook's sheets as tabs, the chosen one drawn as a grid. */
export function WorkbookPanel({ host, grids, sheet, written, selected, onSheet, onSelectCell }: WorkbookPanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const grid = grids.find((g) => g.name === sheet) ?? grids[0];
  if (!grid) return null;
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const chart = host.workbook?.chartOf(grid.name) ?? null;
  return (
    <section className={styles.panel} aria-label={s.gridLabel(grid.name)}>
      <TabList size="small" selectedValue={grid.name} onTabSelect={(_, data) => onSheet(String(data.value))}>
        {grids.map((g) => (
          <Tab key={g.name} value={g.name}>
            {g.name}
          </Tab>
        ))}
      </TabList>
      <GridView
        grid={grid}
        widths={host.columnWidths(grid.name, width, grid)}
        written={written}
        selected={selected}
        label={s.gridLabel(grid.name)}
        onSelect={onSelectCell && ((address) => onSelectCell(grid.name, address))}
      />
      {chart && <SheetChart grid={grid} chart={chart} />}
    </section>
  );
}
