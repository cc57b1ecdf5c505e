// The corpus of real public tables (test/fixtures/real/) is the engine's truth: each table must read as its
// hand-written expectations say.
import { inspectSheet } from "../../src/core";
import type { RealTable } from "../fixtures/real/realTable";
import { checkModel, checkTable, nameKey } from "./checkTable";
import { loadTables } from "./loadTables";
import { summarise } from "./report";
import type { TableOutcome } from "./checkTable";

const tables = loadTables();
const outcomes = new Map<string, TableOutcome>();

beforeAll(async () => {
  for (const table of tables) outcomes.set(table.slug, await checkTable(table));
}, 120_000);

describe("every real table reads as its expectations say", () => {
  for (const { slug } of tables) {
    test(slug, () => {
      expect(outcomes.get(slug)?.failures).toEqual([]);
    });
  }
});

test("the corpus covers 30+ tables from 8+ fields, none refused, unread clauses under 5%", () => {
  const s = summarise([...outcomes.values()]);
  expect(s.tables).toBeGreaterThanOrEqual(30);
  expect(s.fields).toBeGreaterThanOrEqual(8);
  expect(s.refused).toBe(0);
  expect(s.unreadShare).toBeLessThan(0.05);
});

test("every table keeps its source address and a unique slug", () => {
  const slugs = new Set<string>();
  for (const t of tables) {
    expect(t.source).toMatch(/^https?:\/\//);
    expect(slugs.has(t.slug)).toBe(false);
    slugs.add(t.slug);
  }
});

describe("the checker itself", () => {
  const tiny: RealTable = {
    slug: "checker-self-test",
    field: "党建组织",
    title: "checker self test",
    source: "https://example.invalid/",
    rows: [
      ["目标项目", "评分标准", "分值", "得分"],
      ["组织建设", "没有制定计划的扣2分", 10, null],
      ["合计", null, 10, null],
    ],
    expected: {
      headerRow: 1,
      columns: { item: "A", criteria: "B", points: "C", score: "D" },
      items: [{ name: "组织建设", points: 10, kinds: ["deduct"] }],
      declaredTotal: 10,
      scored: [{ title: "one deduction", findings: [{ item: "组织建设", clause: 1 }], total: 8 }],
    },
  };
  const grid = { name: "t", values: tiny.rows.map((r) => r.map((v) => v)) };

  test("passes a table read as expected", () => {
    expect(checkModel(tiny, inspectSheet(grid)).failures).toEqual([]);
  });

  test("reports wrong points, names, totals and scores", () => {
    const wrong: RealTable = {
      ...tiny,
      expected: {
        ...tiny.expected,
        items: [{ name: "组织建", points: 9 }],
        scored: [{ title: "x", findings: [{ item: "组织建设", clause: 1 }], total: 7 }],
      },
    };
    const failures = checkModel(wrong, inspectSheet(grid)).failures.join("\n");
    expect(failures).toMatch(/points 10, expected 9/);
    expect(failures).toMatch(/name "组织建设", expected "组织建"/);
    expect(failures).toMatch(/total 8, expected 7/);
  });

  test("names compare without spaces, numbering or a points suffix", () => {
    expect(nameKey("1、 安全 管理\n(10分)")).toBe("安全管理");
  });
});
