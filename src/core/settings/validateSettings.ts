import Ajv, { type ErrorObject } from "ajv";
import localizeZh from "ajv-i18n/localize/zh";
import schema from "../../../rubrics/assessment-settings.schema.json";
import { toMilli } from "../exact";
import { withDefaults, type AssessmentSettings, type AssessmentSettingsFile } from "./settings";

export interface SettingsIssue {
  /** JSON path of the offending value: $.quotas[0].grade */
  path: string;
  message: string;
}

export class SettingsError extends Error {
  constructor(readonly issues: SettingsIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("；"));
    this.name = "SettingsError";
  }
}

let compiled: ReturnType<Ajv["compile"]> | null = null;

function schemaValidator(): ReturnType<Ajv["compile"]> {
  compiled ??= new Ajv({ allErrors: true }).compile(schema);
  return compiled;
}

/** "/grades/0/min" → "$.grades[0].min". */
function jsonPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`), "$");
}

function schemaIssue(e: ErrorObject): SettingsIssue {
  const at = jsonPath(e.instancePath);
  if (e.keyword === "required") return { path: `${at}.${String(e.params.missingProperty)}`, message: "缺少此字段" };
  if (e.keyword === "additionalProperties") return { path: `${at}.${String(e.params.additionalProperty)}`, message: "不认识的字段" };
  if (e.keyword === "enum") return { path: at, message: `应为 ${(e.params.allowedValues as unknown[]).join("、")} 之一` };
  return { path: at, message: e.message ?? "不符合要求" };
}

function ruleIssues(file: AssessmentSettingsFile): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  const grades = file.grades ?? [];
  const names = withDefaults(file).grades.map((g) => g.name);
  grades.forEach((band, i) => {
    if (i < grades.length - 1 && band.min === undefined)
      out.push({ path: `$.grades[${i}].min`, message: "除最后一档外，每档都要有最低分 min" });
    const before = grades[i - 1]?.min;
    if (band.min !== undefined && before !== undefined && band.min >= before) {
      out.push({ path: `$.grades[${i}].min`, message: `应小于上一档的最低分 ${before}（各档从高到低排列）` });
    }
    if (names.indexOf(band.name) !== i) out.push({ path: `$.grades[${i}].name`, message: `等次「${band.name}」重复` });
  });
  const seenQuota = new Set<string>();
  (file.quotas ?? []).forEach((q, i) => {
    const at = names.indexOf(q.grade);
    if (at < 0) out.push({ path: `$.quotas[${i}].grade`, message: `没有名为「${q.grade}」的等次（有：${names.join("、")}）` });
    else if (at === names.length - 1) out.push({ path: `$.quotas[${i}].grade`, message: `最低一档「${q.grade}」不能限额（无处可降）` });
    if (seenQuota.has(q.grade)) out.push({ path: `$.quotas[${i}].grade`, message: `等次「${q.grade}」的限额重复` });
    seenQuota.add(q.grade);
  });
  if (file.veto && !names.includes(file.veto.grade)) {
    out.push({ path: "$.veto.grade", message: `没有名为「${file.veto.grade}」的等次（有：${names.join("、")}）` });
  }
  const unitClass = new Map<string, string>();
  (file.classes ?? []).forEach((c, i) => {
    if ((file.classes ?? []).findIndex((x) => x.name === c.name) !== i)
      out.push({ path: `$.classes[${i}].name`, message: `类别「${c.name}」重复` });
    c.units.forEach((unit, j) => {
      const other = unitClass.get(unit.trim());
      if (other !== undefined) out.push({ path: `$.classes[${i}].units[${j}]`, message: `单位「${unit}」已在类别「${other}」中` });
      else unitClass.set(unit.trim(), c.name);
    });
  });
  const parts = file.parts ?? [];
  parts.forEach((p, i) => {
    if (parts.findIndex((x) => x.name === p.name) !== i) out.push({ path: `$.parts[${i}].name`, message: `部分「${p.name}」重复` });
  });
  if (parts.length > 0) {
    const sum = parts.reduce((s, p) => s + toMilli(p.weight), 0);
    if (sum !== 1000) out.push({ path: "$.parts", message: `各部分权重之和为 ${sum / 1000}，应为 1` });
  }
  return out;
}

/** Checks parsed JSON against the settings schema and its rules; throws SettingsError listing every issue by JSON path. */
export function validateSettings(json: unknown): AssessmentSettings {
  const validate = schemaValidator();
  if (!validate(json)) {
    const errors = validate.errors ?? [];
    localizeZh(errors);
    const issues = errors.map(schemaIssue);
    const unique = issues.filter((issue, i) => issues.findIndex((x) => x.path === issue.path && x.message === issue.message) === i);
    throw new SettingsError(unique);
  }
  const file = json as AssessmentSettingsFile;
  const issues = ruleIssues(file);
  if (issues.length > 0) throw new SettingsError(issues);
  return withDefaults(file);
}
