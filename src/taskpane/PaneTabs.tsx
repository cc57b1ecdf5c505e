// 评分 | 单位汇总: two plain tabs (Fluent's TabList would add its weight to the pane's first bundle).
import type { KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export type PaneTab = "score" | "units";

const useStyles = makeStyles({
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    border: "none",
    background: "none",
    cursor: "pointer",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

export interface PaneTabsProps {
  selected: PaneTab;
  labels: Record<PaneTab, string>;
  onSelect(tab: PaneTab): void;
}

const ORDER: PaneTab[] = ["score", "units"];

export function PaneTabs({ selected, labels, onSelect }: PaneTabsProps) {
  const styles = useStyles();
  // Arrow keys move between the tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next = ORDER[(ORDER.indexOf(selected) + (event.key === "ArrowRight" ? 1 : ORDER.length - 1)) % ORDER.length];
    onSelect(next);
    (event.currentTarget.querySelector(`[data-tab=${next}]`) as HTMLElement | null)?.focus();
  };
  return (
    <div role="tablist" className={styles.list} onKeyDown={onKeyDown}>
      {ORDER.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          data-tab={tab}
          aria-selected={tab === selected}
          tabIndex={tab === selected ? 0 : -1}
          className={mergeClasses(styles.tab, tab === selected && styles.selected)}
          onClick={() => onSelect(tab)}
        >
          {labels[tab]}
        </button>
      ))}
    </div>
  );
}
