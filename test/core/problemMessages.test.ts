// Problem messages come from one table per language: the engine keeps the Chinese one in Problem.message,
// the pane shows problemMessage(p, lang). Every code has both, English has no Chinese of its own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkSheet, planWrites, resolveFindings, scoreSheet, type Problem } from "../../src/core";
import {
  listArg,
  problemMessage,
  PROBLEM_CODES,
  PROBLEM_MESSAGES,
  type ProblemArgsByCode,
  type ProblemCode,
} from "../../src/core/problemMessages";
import { clean2014, filled2014 } from "../fixtures/workbooks";
import { model2014, smallSheet } from "./sheets";

const CORE = join(__dirname, "../../src/core");
// CJK ideographs, CJK punctuation (、。（）“ are not: they are U+201C…) and full-width forms.
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The kebab-case literals of the files that make problems (amount reasons, `reason: "…"`, are not codes). */
function codesUsedInCore(): Set<string> {
  const codes = new Set<string>();
  for (const file of sourceFiles(CORE)) {
    if (file.endsWith("problemMessages.ts")) continue;
    const text = readFileSync(file, "utf8");
    if (!/\bproblem\(/.test(text)) continue;
    for (const m of text.matchAll(/(?<!reason: )"([a-z]+(?:-[a-z]+)+)"/g)) codes.add(m[1]);
  }
  return codes;
}

// Sample args for every code, ASCII only, with each variant a message has.
const SAMPLES: { [C in ProblemCode]: ProblemArgsByCode[C][] } = {
  "no-table": [{ sheet: "Sheet1" }, {}],
  "column-missing": [{ role: "criteria" }, { role: "points" }],
  "no-items": [{}],
  "score-column-missing": [{ purpose: "fill" }, { purpose: "check" }],
  "points-missing": [{ item: "A" }, { item: "A", finding: 2 }],
  "points-invalid": [
    { cell: "C4", value: "x" },
    { cell: "C4", value: "-2", reason: "negative" },
    { cell: "C4", value: "0", reason: "zero-with-rules" },
    { cell: "C4", value: "2026-01-01", reason: "date" },
    { cell: "C4", value: "#REF!", reason: "error-value" },
  ],
  "points-sum-mismatch": [{ sum: 95, total: 100 }],
  "duplicate-item": [{ item: "A", firstRow: 4, row: 6 }],
  "no-clauses": [{ item: "A" }],
  "clause-unread": [{ clause: "x" }],
  "clause-exceeds-points": [{ clause: "x", most: 20, points: 10 }],
  "cannot-reach-zero": [{ item: "A", reach: 3, points: 10 }],
  "criteria-merged-across-items": [{ cell: "C4", count: 3 }],
  "finding-item-unknown": [
    { finding: 1, item: "Z", candidates: listArg([["A", 4], ["B", 5]]) },
    { finding: 1, item: "Z", candidates: listArg([["A", 4], ["B", 5]]), more: 5 },
  ],
  "finding-item-ambiguous": [{ finding: 1, item: "A", candidates: listArg([["A1", 4], ["A2", 5]]) }],
  "finding-clause-unknown": [{ finding: 1, item: "A", clause: "z", candidates: listArg([[1, "x"], [2, "y"]]) }],
  "finding-clause-ambiguous": [{ finding: 1, item: "A", clause: "x", candidates: listArg([[1, "x1"], [2, "x2"]]) }],
  "finding-count-invalid": [{ finding: 1, item: "A", expected: "whole" }, { finding: 1, item: "A", expected: "positive" }],
  "finding-amount-invalid": [
    { finding: 1, item: "A", reason: "not-number" },
    { finding: 1, item: "A", reason: "range-needed", clause: "x", min: "1", max: "3" },
    { finding: 1, item: "A", reason: "out-of-range", amount: 4, min: "1", max: "3" },
    { finding: 1, item: "A", reason: "manual-needed", clause: "x" },
    { finding: 1, item: "A", reason: "over-points", amount: 12, points: 10 },
    { finding: 1, item: "A", reason: "bonus-needed", clause: "x" },
    { finding: 1, item: "A", reason: "fixed", clause: "x", fixed: 2 },
    { finding: 1, item: "A", reason: "override-note-needed", clause: "x", fixed: 2 },
    { finding: 1, item: "A", reason: "level-needed", clause: "x", levels: listArg([["A", 10], ["B", 5]]) },
    { finding: 1, item: "A", reason: "score-out-of-range", score: 12, max: 10 },
  ],
  "finding-duplicate": [{ finding: 2, clause: "x" }],
  "finding-excepted": [{ item: "A", unit: "U", except: listArg(["U", "V"]) }],
  "score-blank": [{ item: "A", cell: "F4" }],
  "score-not-number": [{ cell: "F4", value: "x" }],
  "score-as-text": [{ cell: "F4", value: "9 pts", score: 9 }],
  "score-out-of-range": [{ cell: "F4", score: 12, max: 10 }],
  "total-vetoed": [{ sum: 80 }],
  "total-mismatch": [{ total: 90, sum: 80 }],
  "total-blank": [{ cell: "F15", sum: 80 }],
  "score-would-change": [{ cell: "F4", column: "score", previous: "7", value: "5" }],
  "cell-would-change": [
    { cell: "G4", column: "deduction", previous: "1", value: "2" },
    { cell: "H4", column: "note", previous: "x", value: "y" },
  ],
  "score-formula": [{ cell: "F4", formula: "=C4-D4" }],
  "rubric-applied": [
    { rubric: "r1", title: "T", by: "title" },
    { rubric: "r1", title: "T", by: "items" },
  ],
  "log-finding-moved": [{ item: "A", from: 4, to: 5 }],
  "log-finding-lost": [{ logRow: 3, item: "A", clause: "c" }],
  "log-value-unread": [{ logRow: 3, column: "count", value: "x" }],
  "score-formula-kept": [{ cell: "F4", formula: "=C4-D4", score: 7 }],
  "score-cell-shared": [{ cell: "F4", item: "A", firstRow: 4, row: 5 }],
  "column-guessed": [{ role: "criteria", column: "B" }],
  "group-points-mismatch": [{ group: "A", cell: "A2", points: 30, sum: 25 }],
  "sheet-rule-zeroed": [
    { rule: "R", group: "G", sum: 45, item: "A" },
    { rule: "R", group: "G", sum: 28, groupSum: 28, min: 40 },
  ],
  "sheet-rule-best-only": [{ rule: "R", kept: "A", dropped: listArg(["B", "C"]) }],
};

describe("the problem message tables", () => {
  it("have a Chinese and an English message for every code the engine uses, and no others", () => {
    const used = codesUsedInCore();
    expect(used.size).toBeGreaterThan(25);
    expect([...used].sort()).toEqual([...PROBLEM_CODES].sort());
    for (const code of PROBLEM_CODES) {
      expect(typeof PROBLEM_MESSAGES.zh[code]).toBe("function");
      expect(typeof PROBLEM_MESSAGES.en[code]).toBe("function");
    }
  });

  it("word English without Chinese, and Chinese in Chinese, for every code and variant", () => {
    for (const code of PROBLEM_CODES) {
      for (const args of SAMPLES[code]) {
        const p = { code, message: "", args: args as Record<string, string | number> };
        const en = problemMessage(p, "en");
        const zh = problemMessage(p, "zh");
        expect({ code, en, cjk: CJK.test(en) }).toEqual({ code, en, cjk: false });
        expect(en).not.toMatch(/undefined|\u001e|\u001f/);
        expect(zh).toMatch(CJK);
        expect(zh).not.toMatch(/undefined|\u001e|\u001f/);
      }
    }
  });

  it("falls back for a problem without args: its Chinese message, its code in English", () => {
    const p: Problem = { severity: "error", code: "score-blank", cell: "F4", message: "得分还没有填写" };
    expect(problemMessage(p, "zh")).toBe("得分还没有填写");
    expect(problemMessage(p, "en")).toBe("Score blank");
  });
});

/** Each problem's Chinese message, from the table, is Problem.message; the English one keeps only sheet text in Chinese. */
function expectBoth(problems: Problem[], sheetText: string[] = []) {
  for (const p of problems) {
    expect(p.args).toBeDefined();
    expect(problemMessage(p, "zh")).toBe(p.message);
    let en = problemMessage(p, "en");
    for (const text of sheetText) en = en.split(text).join("");
    expect({ code: p.code, en, cjk: CJK.test(en) }).toEqual({ code: p.code, en, cjk: false });
  }
}

describe("messages of problems the engine finds", () => {
  it("inspect and check a filled sheet (duplicate item, score as text, out of range)", async () => {
    const model = await smallSheet(
      [
        ["党员队伍建设", "没制定计划的扣2分", 10],
        ["党员队伍建设", "没有台账的扣3分", 5],
      ],
      ["9分", 12],
    );
    const problems = [...model.problems, ...checkSheet(model)];
    const byCode = (code: string) => problems.find((p) => p.code === code)!;
    expect(byCode("duplicate-item").message).toBe("项目“党员队伍建设”在第 2 行和第 3 行重复出现");
    expect(problemMessage(byCode("duplicate-item"), "en")).toBe("Item “党员队伍建设” appears twice, on rows 2 and 3");
    expect(byCode("score-as-text").message).toBe("D2 的得分写成了文字“9分”，已按 9 分计算，建议改为数字");
    expect(problemMessage(byCode("score-as-text"), "en")).toBe("The score in D2 is written as text “9分”; counted as 9, better enter a number");
    expect(byCode("score-out-of-range").message).toBe("D3 的得分 12 不在 0～5 分之内");
    expect(problemMessage(byCode("score-out-of-range"), "en")).toBe("The score 12 in D3 is not within 0–5 points");
    expectBoth(problems, ["党员队伍建设", "9分"]);
  });

  it("findings that match no item, or no clause, name the candidates in both languages", async () => {
    const model = await model2014(clean2014);
    const { problems } = resolveFindings(model, [
      { item: "不存在的项目", clause: 1 },
      { item: "党员队伍建设", clause: "不存在" },
    ]);
    expect(problems.map((p) => p.code)).toEqual(["finding-item-unknown", "finding-clause-unknown"]);
    expect(problems[0].message).toMatch(/^第 1 条扣分记录：找不到项目“不存在的项目”。可选项目：落实党组织书记抓党建责任制（第2行）；党员队伍建设（第3行）；/);
    expect(problemMessage(problems[0], "en")).toMatch(
      /^Finding 1: no item matches “不存在的项目”\. Items: 落实党组织书记抓党建责任制 \(row 2\); 党员队伍建设 \(row 3\); /,
    );
    expect(problems[1].message).toBe(
      "第 2 条扣分记录：在项目“党员队伍建设”中找不到条款“不存在”。可选条款：1. 没制定发展党员工作计划的扣2分；2. 发展党员工作不规范、材料不齐全的扣5分；3. 党员信息库没有专门电脑的扣3分",
    );
    expect(problemMessage(problems[1], "en")).toBe(
      "Finding 2: item “党员队伍建设” has no clause matching “不存在”. Clauses: 1. 没制定发展党员工作计划的扣2分; 2. 发展党员工作不规范、材料不齐全的扣5分; 3. 党员信息库没有专门电脑的扣3分",
    );
    const sheetText = ["不存在的项目", "不存在", ...model.items.map((it) => it.name), ...model.items.flatMap((it) => it.clauses.map((c) => c.text))];
    expectBoth(problems, sheetText.sort((a, b) => b.length - a.length));
  });

  it("an excepted finding and a score that would be overwritten", async () => {
    const model = await model2014(filled2014, "嵯岗镇");
    const villages = model.items.find((it) => it.name.startsWith("后进嘎查"))!;
    const { resolved } = resolveFindings(model, [{ item: villages.row, clause: 1 }]);
    const result = scoreSheet(model, resolved, "嵯岗镇");
    const excepted = result.problems.find((p) => p.code === "finding-excepted")!;
    expect(excepted.message).toBe(`项目“${villages.name}”：本条不适用于嵯岗镇（嵯岗、罕达盖除外），该扣分未计入`);
    expect(problemMessage(excepted, "en")).toBe(
      `Item “${villages.name}”: this clause does not apply to 嵯岗镇 (嵯岗, 罕达盖 excepted); the deduction was not counted`,
    );
    const plan = planWrites(model, result, { meta: { assessor: "张三", time: "t" } });
    const conflict = plan.conflicts.find((p) => p.code === "score-would-change")!;
    expect(conflict.message).toMatch(/^F\d+ 已有得分“.+”，将改为“.+”：确认后才会覆盖$/);
    expect(problemMessage(conflict, "en")).toMatch(/^F\d+ already holds the score “.+”; it would become “.+”: confirm to overwrite$/);
    expectBoth([...result.problems, ...plan.conflicts], [villages.name, "嵯岗镇", "嵯岗", "罕达盖", "9分"]);
  });
});
