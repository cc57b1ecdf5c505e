// Parser time per rule: node dist/bench/parser.js (after npm run build:cli). Rules from the bench sheet and issue 6.
import { performance } from "node:perf_hooks";
import { parseClauses } from "../src/core/clauses/parseCriteria";

const CELLS = [
  "工作计划和总结空洞、缺少实质内容的扣2分；会议材料不齐全的扣1分；集中活动记录，少一次扣0.5分；第7项台账未建立的扣1.5分。",
  "没制定工作计划的扣2分；工作不规范、材料不齐全的扣5分；每差一例扣0.2分，扣完为止；第8项酌情扣1～3分。",
  "未按要求召开会议的扣3分(嵯岗、罕达盖除外)；1个活动场所面积未达标的扣2分；发现弄虚作假的本项不得分；第9项最多扣3分。",
  "施工现场有垃圾落地。每发现1处扣0.5分。",
  "未配备专职安全员的扣4分，专职安全员不在岗的，每少1人扣2分",
  "无事故得10分，平指标得5分，超指标不得分",
  "达87%以上计7分，每低3个百分点扣0.5分",
  "每缺一人扣1分，最多计3人",
];

/** Every rule of the cell made distinct (第n批…), so no reading can be remembered from an earlier cell. */
function distinct(cell: string, n: number): string {
  return cell
    .split("；")
    .map((rule) => `第${n}批${rule}`)
    .join("；");
}

function perRule(label: string, rules: number, rounds: number, cellOf: (cell: string, i: number) => string): void {
  const texts: string[] = [];
  for (let i = 0; i < rounds; i++) for (const c of CELLS) texts.push(cellOf(c, i));
  const start = performance.now();
  for (const text of texts) parseClauses(text);
  const ms = performance.now() - start;
  console.log(
    `parser, ${label}: ${((ms * 1000) / (rounds * rules)).toFixed(2)} µs per rule (${rounds * rules} rules, ${ms.toFixed(0)} ms)`,
  );
}

function main(): void {
  const rules = CELLS.reduce((n, c) => n + c.split(/[；。]/).filter(Boolean).length, 0);
  const rounds = 5000;
  for (let i = 0; i < 200; i++) for (const c of CELLS) parseClauses(c);
  // Sheets repeat their phrasings (扣完为止, the same rule on every unit's copy): the parser remembers recent readings.
  perRule("rules repeating as in real sheets", rules, rounds, (c, i) => `${c}${i % 10}`);
  perRule("every rule distinct", rules, rounds, distinct);
}

main();
