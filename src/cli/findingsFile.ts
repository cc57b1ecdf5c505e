import type { Finding, FindingsFile } from "../core";
import { CliError } from "./errors";
import { msg } from "./messages";

const FINDING_KEYS = new Set(["item", "clause", "count", "amount", "note", "score", "level"]);

function isPositiveInteger(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1;
}

function isNameOrNumber(v: unknown): v is string | number {
  return (typeof v === "string" && v.trim() !== "") || isPositiveInteger(v);
}

/** Checks the shape of findings.json; the first fault is reported with its JSON path. */
export function parseFindingsFile(json: unknown, path: string): FindingsFile {
  const fail = (where: string, what: string): never => {
    throw new CliError(msg.badFindings(path, where, what));
  };
  if (typeof json !== "object" || json === null || Array.isArray(json)) fail("顶层", '应为对象 {"findings": [...]}');
  const file = json as Record<string, unknown>;
  if (file.unit !== undefined && (typeof file.unit !== "string" || file.unit.trim() === "")) fail("unit", "应为单位名称文字");
  if (!Array.isArray(file.findings)) fail("findings", "应为数组");

  const findings = (file.findings as unknown[]).map((raw, i): Finding => {
    const at = `findings[${i}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(at, "应为对象");
    const f = raw as Record<string, unknown>;
    const unknown = Object.keys(f).filter((k) => !FINDING_KEYS.has(k));
    if (unknown.length > 0) fail(`${at}.${unknown[0]}`, "不是可用的字段（可用：item、clause、count、amount、note、score、level）");
    if (!isNameOrNumber(f.item)) fail(`${at}.item`, "应为项目名称或行号");
    if (f.score !== undefined && !(typeof f.score === "number" && Number.isFinite(f.score) && f.score >= 0))
      fail(`${at}.score`, "应为不小于 0 的得分");
    if (f.clause === undefined && f.score === undefined) fail(`${at}.clause`, "缺少条款（或用 score 直接填写本项得分）");
    if (f.clause !== undefined && !isNameOrNumber(f.clause)) fail(`${at}.clause`, "应为条款中的一段文字或条款序号（从 1 起）");
    if (f.level !== undefined && !isNameOrNumber(f.level) && f.level !== 0) fail(`${at}.level`, "应为所选档次的名称或分数");
    if (f.count !== undefined && !(typeof f.count === "number" && Number.isFinite(f.count) && f.count > 0))
      fail(`${at}.count`, "应为大于 0 的次数");
    if (f.amount !== undefined && !(typeof f.amount === "number" && Number.isFinite(f.amount) && f.amount >= 0))
      fail(`${at}.amount`, "应为不小于 0 的分数");
    if (f.note !== undefined && typeof f.note !== "string") fail(`${at}.note`, "应为文字");
    const finding: Finding = { item: f.item as string | number };
    if (f.clause !== undefined) finding.clause = f.clause as string | number;
    if (f.score !== undefined) finding.score = f.score as number;
    if (f.level !== undefined) finding.level = f.level as string | number;
    if (f.count !== undefined) finding.count = f.count as number;
    if (f.amount !== undefined) finding.amount = f.amount as number;
    if (f.note !== undefined) finding.note = f.note as string;
    return finding;
  });
  return typeof file.unit === "string" ? { unit: file.unit.trim(), findings } : { findings };
}
