// The 汇总 sheet's column chart of totals, drawn by the preview page from the sheet's cells (Excel and WPS draw
// their own native chart).
import { makeStyles, tokens } from "@fluentui/react-components";
import { parseA1 } from "../core";
import type { SheetGrid } from "../core";
import type { OutputChart } from "../core";

const useStyles = makeStyles({
  figure: { margin: `${tokens.spacingVerticalM} 0`, maxWidth: "640px", flexShrink: 0, overflowX: "auto" },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  bar: { fill: tokens.colorBrandBackground },
  label: { fontSize: "11px", fill: tokens.colorNeutralForeground2 },
});

function column(grid: SheetGrid, range: string): (string | number | null)[] {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return [];
  const out: (string | number | null)[] = [];
  for (let r = a.row; r <= b.row; r++) {
    const v = grid.values[r - 1]?.[a.col - 1] ?? null;
    out.push(typeof v === "boolean" ? String(v) : v);
  }
  return out;
}

export function SheetChart({ grid, chart }: { grid: SheetGrid; chart: OutputChart }) {
  const styles = useStyles();
  const labels = column(grid, chart.categories).map((v) => String(v ?? ""));
  const values = column(grid, chart.values).map((v) => (typeof v === "number" ? v : Number(v) || 0));
  const max = Math.max(1, ...values);
  const barWidth = 36;
  const gap = 18;
  const height = 180;
  const width = labels.length * (barWidth + gap) + gap;
  return (
    <figure className={styles.figure} data-testid="sheet-chart">
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <svg role="img" aria-label={chart.title} width={width} height={height + 40} viewBox={`0 0 ${width} ${height + 40}`}>
        {values.map((v, i) => {
          const h = (v / max) * height;
          const x = gap + i * (barWidth + gap);
          return (
            <g key={i} data-testid="chart-bar" data-value={v} data-label={labels[i]}>
              <rect className={styles.bar} x={x} y={height - h + 14} width={barWidth} height={h} />
              <text className={styles.label} x={x + barWidth / 2} y={height - h + 10} textAnchor="middle">
                {v}
              </text>
              <text className={styles.label} x={x + barWidth / 2} y={height + 30} textAnchor="middle">
                {labels[i].length > 5 ? `${labels[i].slice(0, 5)}…` : labels[i]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
