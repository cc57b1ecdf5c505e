// How a whole assessment is summarised. The JSON schema rubrics/assessment-settings.schema.json is the source of
// truth for the file; these types mirror it, and validateSettings.ts checks a file against both.

export interface GradeBand {
  name: string;
  /** Lowest total of the band; absent on the last band (everything below the others). */
  min?: number;
}

export interface GradeQuota {
  grade: string;
  /** At most this share of the units (rounded down) hold the grade. */
  maxShare: number;
  /** Units tied at the boundary: all keep the grade (default) or all drop one band. */
  ties?: "keep" | "drop";
  /** Count over all units (default) or within each class. */
  scope?: "all" | "class";
}

export interface UnitClass {
  name: string;
  units: string[];
}

export interface WeightedPart {
  name: string;
  weight: number;
  /** Texts that put a file in this part when its path contains one (the name itself always does). */
  match?: string[];
}

export type RankStyle = "standard" | "chinese";
export type CombineMethod = "mean" | "trimmedMean";

export interface AssessmentSettingsFile {
  $schema?: string;
  title?: string;
  grades?: GradeBand[];
  quotas?: GradeQuota[];
  veto?: { grade: string; atMost?: boolean };
  bonusCap?: number | null;
  rankStyle?: RankStyle;
  classes?: UnitClass[];
  combine?: { method?: CombineMethod };
  parts?: WeightedPart[];
}

/** Settings with every default filled in. */
export interface AssessmentSettings {
  title: string;
  grades: GradeBand[];
  quotas: GradeQuota[];
  veto: { grade: string; atMost: boolean };
  bonusCap: number | null;
  rankStyle: RankStyle;
  classes: UnitClass[];
  combine: { method: CombineMethod };
  parts: WeightedPart[];
}

export const DEFAULT_GRADES: GradeBand[] = [
  { name: "优秀", min: 90 },
  { name: "良好", min: 80 },
  { name: "合格", min: 60 },
  { name: "不合格" },
];

/** The settings a file gives, with defaults for what it leaves out (no quotas, no bonus cap, standard ranks …). */
export function withDefaults(file: AssessmentSettingsFile = {}): AssessmentSettings {
  const grades = file.grades ?? DEFAULT_GRADES;
  return {
    title: file.title ?? "考核结果汇总表",
    grades,
    quotas: file.quotas ?? [],
    veto: { grade: file.veto?.grade ?? grades[grades.length - 1].name, atMost: file.veto?.atMost ?? false },
    bonusCap: file.bonusCap ?? null,
    rankStyle: file.rankStyle ?? "standard",
    classes: file.classes ?? [],
    combine: { method: file.combine?.method ?? "mean" },
    parts: file.parts ?? [],
  };
}

/** The class a unit belongs to by the settings' name lists, or null. */
export function classOf(unit: string, settings: AssessmentSettings): string | null {
  const key = unit.trim();
  return settings.classes.find((c) => c.units.some((u) => u.trim() === key))?.name ?? null;
}
