// The bench's sheet: a title, a unit line, the header, N items of the 2014 kind with four rules each, the total.
import type { CellValue, SheetGrid } from "../src/core";

const HEADER = ["序号", "目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"];
const CRITERIA = [
  (n: number) => `工作计划和总结空洞、缺少实质内容的扣2分；会议材料不齐全的扣1分；集中活动记录，少一次扣0.5分；第${n}项台账未建立的扣1.5分。`,
  (n: number) => `没制定工作计划的扣2分；工作不规范、材料不齐全的扣5分；每差一例扣0.2分，扣完为止；第${n}项酌情扣1～3分。`,
  (n: number) => `未按要求召开会议的扣3分(嵯岗、罕达盖除外)；1个活动场所面积未达标的扣2分；发现弄虚作假的本项不得分；第${n}项最多扣3分。`,
];
export function benchGrid(items: number): SheetGrid {
  const values: CellValue[][] = [["2014年度基层党建工作考核评分细则（压力测试）"], ["被考核单位：嵯岗镇　考核时间：2014年12月"], HEADER];
  for (let i = 1; i <= items; i++) {
    const criteria = CRITERIA[i % CRITERIA.length]?.(i) ?? "";
    values.push([i, `第${i}项工作落实情况`, `${i}、认真落实第${i}项工作，有计划、有总结、有记录。`, criteria, "查看相关档案材料", 10, null]);
  }
  values.push([null, "合计", null, null, null, items * 10, null]);
  return { name: "评分表", values, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }, { top: 2, left: 1, bottom: 2, right: 7 }] };
}
