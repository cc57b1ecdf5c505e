import type { ClauseKind, Tier } from "../types";

export interface RubricClause {
  text: string;
  kind: ClauseKind;
  amount?: number | null;
  min?: number;
  max?: number;
  unit?: string;
  maxCount?: number;
  cap?: number;
  except?: string[];
  tiers?: Tier[];
}

export interface RubricItem {
  name: string;
  /** Other names the item goes by on sheets. */
  aliases?: string[];
  requirement?: string;
  /** The 评分标准 text exactly as the sheet writes it. */
  criteria: string;
  method?: string;
  points: number;
  clauses: RubricClause[];
}

export interface Rubric {
  $schema?: string;
  id: string;
  title: string;
  /** Header of the template sheet, left to right. */
  columns?: string[];
  total: number;
  items: RubricItem[];
}

export class RubricError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "RubricError";
  }
}

const KINDS: readonly ClauseKind[] = ["deduct", "per", "range", "manual", "zero", "veto", "bonus", "award"];

type Check = (value: unknown, path: string) => void;

function fail(path: string, message: string): never {
  throw new RubricError(path, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const text: Check = (v, path) => {
  if (typeof v !== "string" || v.trim() === "") fail(path, "应为非空文字");
};
const nonNegative: Check = (v, path) => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) fail(path, "应为不小于 0 的数字");
};
const positiveInteger: Check = (v, path) => {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) fail(path, "应为正整数");
};
const textList: Check = (v, path) => {
  if (!Array.isArray(v)) fail(path, "应为文字数组");
  v.forEach((x, i) => text(x, `${path}[${i}]`));
};

function fields(value: unknown, path: string, required: Record<string, Check>, optional: Record<string, Check>): void {
  if (!isObject(value)) fail(path, "应为对象");
  for (const [key, check] of Object.entries(required)) {
    if (!(key in value)) fail(`${path}.${key}`, "缺少此字段");
    check(value[key], `${path}.${key}`);
  }
  for (const [key, v] of Object.entries(value)) {
    if (key in required) continue;
    const check = optional[key];
    if (!check) fail(`${path}.${key}`, "不认识的字段");
    if (v !== undefined) check(v, `${path}.${key}`);
  }
}

const tier: Check = (v, path) => fields(v, path, { count: positiveInteger, amount: nonNegative }, { zero: boolean, orMore: boolean });

function boolean(v: unknown, path: string): void {
  if (typeof v !== "boolean") fail(path, "应为 true 或 false");
}

const clause: Check = (v, path) => {
  fields(
    v,
    path,
    {
      text,
      kind: (k, p) => {
        if (!KINDS.includes(k as ClauseKind)) fail(p, `应为 ${KINDS.join("、")} 之一`);
      },
    },
    {
      amount: (a, p) => (a === null ? undefined : nonNegative(a, p)),
      min: nonNegative,
      max: nonNegative,
      unit: text,
      maxCount: positiveInteger,
      cap: nonNegative,
      except: textList,
      tiers: (t, p) => {
        if (!Array.isArray(t)) fail(p, "应为数组");
        t.forEach((x, i) => tier(x, `${p}[${i}]`));
      },
    },
  );
  const c = v as RubricClause;
  if ((c.kind === "deduct" || c.kind === "per") && typeof c.amount !== "number") fail(`${path}.amount`, `${c.kind} 条款需要扣分数额`);
  if (c.kind === "range" && !(typeof c.min === "number" && typeof c.max === "number" && c.max > c.min)) {
    fail(`${path}.max`, "range 条款需要 min 和大于 min 的 max");
  }
};

const item: Check = (v, path) =>
  fields(
    v,
    path,
    {
      name: text,
      criteria: text,
      points: nonNegative,
      clauses: (c, p) => {
        if (!Array.isArray(c) || c.length === 0) fail(p, "应为非空数组");
        c.forEach((x, i) => clause(x, `${p}[${i}]`));
      },
    },
    { aliases: textList, requirement: text, method: text },
  );

/** Checks parsed JSON against the rubric schema; throws RubricError naming the JSON path ($.items[2].points). */
export function validateRubric(json: unknown): Rubric {
  fields(
    json,
    "$",
    {
      id: text,
      title: text,
      total: nonNegative,
      items: (v, p) => {
        if (!Array.isArray(v) || v.length === 0) fail(p, "应为非空数组");
        v.forEach((x, i) => item(x, `${p}[${i}]`));
      },
    },
    { $schema: text, columns: textList },
  );
  const rubric = json as Rubric;
  const sum = rubric.items.reduce((s, it) => s + Math.round(it.points * 1000), 0) / 1000;
  if (sum !== rubric.total) fail("$.total", `各项分值之和为 ${sum}，与 total ${rubric.total} 不符`);
  return rubric;
}
