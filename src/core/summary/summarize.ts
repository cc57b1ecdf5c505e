import { subExact } from "../exact";
import { classOf, type AssessmentSettings } from "../settings/settings";
import { assignGrades } from "./grades";
import { rankValues } from "./ranks";
import type { ScoredUnit, Summary, SummaryColumn, SummaryRow } from "./types";
import { toHundredths, twoDecimals, unitTotal } from "./unitTotal";

/** Item columns: every item name in the order first seen, with its points (the first unit's). */
export function summaryColumns(units: ScoredUnit[]): SummaryColumn[] {
  const columns: SummaryColumn[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    for (const item of unit.items) {
      if (seen.has(item.name)) continue;
      seen.add(item.name);
      columns.push({ name: item.name, points: item.points });
    }
  }
  return columns;
}

export function unitClass(unit: ScoredUnit, settings: AssessmentSettings): string | null {
  return unit.class !== undefined && unit.class !== null ? unit.class : classOf(unit.unit, settings);
}

/** The 考核结果汇总表: one row per unit in the order given, with totals, ranks (overall and in class) and grades. */
export function summarize(units: ScoredUnit[], settings: AssessmentSettings): Summary {
  const columns = summaryColumns(units);
  // Ranked and graded on the total as shown (two decimals), so two units shown equal are equal.
  const totals = units.map((u) => {
    const t = unitTotal(u, settings.bonusCap);
    return { ...t, total: toHundredths(t.total) };
  });
  const classes = units.map((u) => unitClass(u, settings));
  const ranks = rankValues(
    totals.map((t) => t.total),
    settings.rankStyle,
  );
  const classRanks = new Array<number | null>(units.length).fill(null);
  const classNames = [...new Set(classes.filter((c): c is string => c !== null))];
  for (const name of classNames) {
    const members = classes.flatMap((c, i) => (c === name ? [i] : []));
    const r = rankValues(
      members.map((i) => totals[i].total),
      settings.rankStyle,
    );
    members.forEach((i, k) => (classRanks[i] = r[k]));
  }
  const graded = assignGrades(
    units.map((u, i) => ({ unit: u.unit, class: classes[i], total: totals[i].total, vetoed: u.vetoed })),
    settings,
  );
  const rows = units.map((u, i): SummaryRow => {
    const t = totals[i];
    const byName = new Map(u.items.map((it) => [it.name, it.score]));
    return {
      no: i + 1,
      unit: u.unit,
      class: classes[i],
      source: u.source,
      items: columns.map((c) => byName.get(c.name) ?? null),
      base: t.base,
      bonus: t.bonus,
      bonusFound: t.bonusFound,
      total: t.total,
      totalText: twoDecimals(t.total),
      rank: ranks[i],
      classRank: classRanks[i],
      bandGrade: graded.bandGrades[i],
      grade: graded.grades[i],
      vetoed: u.vetoed,
      selfTotal: t.selfTotal,
      selfGap: t.selfTotal === null ? null : subExact(t.selfTotal, t.total),
    };
  });
  return { title: settings.title, items: columns, classes: classNames, rows, quotas: graded.quotas };
}
