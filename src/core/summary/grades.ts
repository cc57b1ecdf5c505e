import { toMilli } from "../exact";
import type { AssessmentSettings, GradeBand, GradeQuota } from "../settings/settings";
import type { QuotaReport } from "./types";

export interface GradedUnit {
  unit: string;
  class: string | null;
  total: number;
  vetoed: boolean;
}

export interface GradeResult {
  /** Band of each unit from its total alone. */
  bandGrades: string[];
  /** Final grade: veto and quotas applied. */
  grades: string[];
  quotas: QuotaReport[];
}

/** Index of the first band the total reaches (the last band takes everything below). */
export function bandIndex(total: number, grades: GradeBand[]): number {
  const at = grades.findIndex((g) => g.min === undefined || toMilli(total) >= toMilli(g.min));
  return at < 0 ? grades.length - 1 : at;
}

/** Whole units a share allows: floor(share × n), computed on integers so 0.29 × 100 is 29, not 28. */
export function quotaLimit(maxShare: number, units: number): number {
  return Math.floor((Math.round(maxShare * 1e6) * units) / 1e6);
}

function applyQuota(
  quota: GradeQuota,
  members: number[],
  units: GradedUnit[],
  levels: number[],
  grades: GradeBand[],
  className: string | null,
): QuotaReport {
  const level = grades.findIndex((g) => g.name === quota.grade);
  const rule = quota.ties ?? "keep";
  const limit = quotaLimit(quota.maxShare, members.length);
  const qualifying = members.filter((i) => levels[i] === level).sort((a, b) => units[b].total - units[a].total);
  let keep = qualifying;
  let tie: QuotaReport["tie"] = null;
  if (qualifying.length > limit) {
    const firstOut = toMilli(units[qualifying[limit]].total);
    const lastIn = limit > 0 ? toMilli(units[qualifying[limit - 1]].total) : null;
    if (lastIn === firstOut) {
      const tied = qualifying.filter((i) => toMilli(units[i].total) === firstOut);
      tie = { total: units[qualifying[limit]].total, units: tied.map((i) => units[i].unit), rule };
      keep = qualifying.filter((i) => (rule === "keep" ? toMilli(units[i].total) >= firstOut : toMilli(units[i].total) > firstOut));
    } else keep = qualifying.slice(0, limit);
  }
  const kept = new Set(keep);
  const dropped = qualifying.filter((i) => !kept.has(i));
  for (const i of dropped) levels[i] = level + 1;
  return {
    grade: quota.grade,
    class: className,
    units: members.length,
    limit,
    qualifying: qualifying.length,
    kept: keep.map((i) => units[i].unit),
    dropped: dropped.map((i) => units[i].unit),
    droppedTo: dropped.length > 0 ? grades[level + 1].name : null,
    tie,
  };
}

/**
 * Grades every unit: its band, then 一票否决 (exactly the veto grade, or at most it), then each quota from the
 * highest grade down, so units dropped by one quota count in the next band's quota.
 */
export function assignGrades(units: GradedUnit[], settings: AssessmentSettings): GradeResult {
  const { grades } = settings;
  const bands = units.map((u) => bandIndex(u.total, grades));
  const vetoLevel = Math.max(
    0,
    grades.findIndex((g) => g.name === settings.veto.grade),
  );
  const levels = units.map((u, i) => (!u.vetoed ? bands[i] : settings.veto.atMost ? Math.max(bands[i], vetoLevel) : vetoLevel));
  const quotas = [...settings.quotas].sort(
    (a, b) => grades.findIndex((g) => g.name === a.grade) - grades.findIndex((g) => g.name === b.grade),
  );
  const reports: QuotaReport[] = [];
  for (const quota of quotas) {
    if (quota.scope === "class") {
      const classes = [...new Set(units.map((u) => u.class))];
      for (const c of classes) {
        const members = units.flatMap((u, i) => (u.class === c ? [i] : []));
        reports.push(applyQuota(quota, members, units, levels, grades, c));
      }
    } else {
      reports.push(
        applyQuota(
          quota,
          units.map((_, i) => i),
          units,
          levels,
          grades,
          null,
        ),
      );
    }
  }
  return { bandGrades: bands.map((b) => grades[b].name), grades: levels.map((l) => grades[l].name), quotas: reports };
}
