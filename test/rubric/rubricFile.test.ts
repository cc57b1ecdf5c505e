import Ajv from "ajv";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { validateRubric } from "../../src/core";
import type { Rubric, RubricClause } from "../../src/core";

const rubricsDir = join(__dirname, "../../rubrics");
const schema = JSON.parse(readFileSync(join(rubricsDir, "rubric.schema.json"), "utf8")) as object;
const rubricFiles = readdirSync(rubricsDir).filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"));
const validate = new Ajv({ allErrors: true }).compile(schema);

function loadRubric(file: string): Rubric {
  return JSON.parse(readFileSync(join(rubricsDir, file), "utf8")) as Rubric;
}

/** Most a clause can deduct: fixed amount once, or per-occurrence amount × its cap on occurrences. */
function maxDeduction(clause: RubricClause): number {
  const amount = clause.amount ?? 0;
  return clause.kind === "per" && clause.maxCount !== undefined ? amount * clause.maxCount : amount;
}

/** Sums in tenths so 0.5 and 1.5 steps add exactly. */
function sum(values: number[]): number {
  return values.reduce((acc, v) => acc + Math.round(v * 10), 0) / 10;
}

describe("rubric files", () => {
  it("finds the 2014 苏木镇 rubric", () => {
    expect(rubricFiles).toContain("2014-sumu-town.json");
  });

  describe.each(rubricFiles)("%s", (file) => {
    const rubric = loadRubric(file);

    it("is valid against rubric.schema.json", () => {
      const ok = validate(rubric);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it("has points that add up to its total", () => {
      expect(sum(rubric.items.map((i) => i.points))).toBe(rubric.total);
    });

    it.each(rubric.items.map((item) => [item.name, item] as const))("item %s: clause maxima add up to its points", (_name, item) => {
      expect(sum(item.clauses.map(maxDeduction))).toBe(item.points);
    });
  });
});

describe("2014-sumu-town.json", () => {
  const rubric = loadRubric("2014-sumu-town.json");

  it("has the sheet's title, columns and 11 items", () => {
    expect(rubric.id).toBe("2014-sumu-town");
    expect(rubric.title).toBe("2014年度苏木镇基层党建工作考核评分细则");
    expect(rubric.columns).toEqual(["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]);
    expect(rubric.total).toBe(100);
    expect(rubric.items.map((i) => i.points)).toEqual([10, 10, 10, 5, 5, 10, 10, 10, 10, 10, 10]);
    expect(rubric.items[1]?.name).toBe("党员队伍建设");
  });

  it("keeps each item's clauses as the pieces of its criteria text, in order", () => {
    for (const item of rubric.items) {
      const pieces = item.criteria.split("；").map((t) => t.replace(/[；。]$/, ""));
      expect(item.clauses.map((c) => c.text)).toEqual(pieces);
    }
  });

  it("loads through core validateRubric unchanged", () => {
    expect(validateRubric(JSON.parse(JSON.stringify(rubric)))).toEqual(rubric);
  });

  it("records the per-occurrence clauses, the implied cap of row 3 and the exception of row 6", () => {
    const perClauses = rubric.items.flatMap((item, i) => item.clauses.filter((c) => c.kind === "per").map((c) => ({ row: i + 1, ...c })));
    expect(perClauses).toEqual([
      { row: 3, text: "集中活动记录，少一次扣0.5分", kind: "per", amount: 0.5, unit: "次", maxCount: 3 },
      { row: 6, text: "1个嘎查活动场所面积未达到150平米标准的扣2分", kind: "per", amount: 2, unit: "个" },
      { row: 9, text: "1个社区办公活动场所面积没达标的扣2分", kind: "per", amount: 2, unit: "个" },
    ]);
    expect(rubric.items[5]?.clauses[0]?.except).toEqual(["嵯岗", "罕达盖"]);
    expect(rubric.items.flatMap((i) => i.clauses).filter((c) => c.except)).toHaveLength(1);
  });
});

describe("rubric.schema.json", () => {
  const good = loadRubric("2014-sumu-town.json");

  it.each([
    ["an unknown clause kind", { ...good, items: [{ ...good.items[0], clauses: [{ text: "x", kind: "fine" }] }] }, "/items/0/clauses/0/kind"],
    ["points as text", { ...good, items: [{ ...good.items[0], points: "10分" }] }, "/items/0/points"],
    ["a missing title", { ...good, title: undefined }, ""],
    ["an unknown property", { ...good, extra: 1 }, ""],
    ["a fractional maxCount", { ...good, items: [{ ...good.items[0], clauses: [{ text: "x", kind: "per", amount: 1, maxCount: 1.5 }] }] }, "/items/0/clauses/0/maxCount"],
  ])("rejects %s", (_what, json, path) => {
    const clean = JSON.parse(JSON.stringify(json)) as unknown;
    expect(validate(clean)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path);
  });
});
