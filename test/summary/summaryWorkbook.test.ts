import { combineUnits, summarize, withDefaults } from "../../src/core";
import { combinedTable, quotaNotes, summaryTable } from "../../src/core/assessment";
import { unit, unitWithTotal } from "./units";

describe("the 汇总 sheet's table", () => {
  it("header and rows, with 类别/类内排名 and 自评 columns when there are any", () => {
    const a = unit("A", 55, 38);
    a.items[0].selfScore = 60;
    a.items[1].selfScore = 40;
    const settings = withDefaults({ classes: [{ name: "农村组", units: ["A", "B"] }] });
    const s = summarize([a, unit("B", 50, 40, { vetoed: true })], settings);
    expect(summaryTable(s)).toEqual([
      ["序号", "单位", "类别", "甲（60分）", "乙（40分）", "加分", "总分", "排名", "类内排名", "等次", "一票否决", "自评总分", "自评差额"],
      [1, "A", "农村组", 55, 38, 0, 93, 1, 1, "优秀", "", 100, 7],
      [2, "B", "农村组", 50, 40, 0, 90, 2, 2, "不合格", "是", null, null],
    ]);
  });

  it("without classes or self-scores those columns are left out", () => {
    expect(summaryTable(summarize([unit("A", 55, 38)], withDefaults()))[0]).toEqual([
      "序号",
      "单位",
      "甲（60分）",
      "乙（40分）",
      "加分",
      "总分",
      "排名",
      "等次",
      "一票否决",
    ]);
  });

  it("notes under the table say how each quota was applied, ties included", () => {
    const units = [99, 95, 95, 70, 70].map((t, i) => unitWithTotal(`U${i + 1}`, t));
    const s = summarize(units, withDefaults({ quotas: [{ grade: "优秀", maxShare: 0.4, ties: "drop" }] }));
    expect(quotaNotes(s)).toEqual(["优秀限额：全部 5 个单位，最多 2 个；符合 3 个；U2、U3 降为良好；U2、U3 同为 95 分，按规定均降档"]);
  });

  it("the 评分人明细 table: each part's assessors, the method and the result", () => {
    const [c] = combineUnits(
      [unit("A", 50, 40, { assessor: "张" }), unit("A", 60, 30, { assessor: "李" }), unit("A", 40, 20, { assessor: "王" })],
      withDefaults({ combine: { method: "trimmedMean" } }),
    );
    expect(combinedTable([c])).toEqual([
      ["序号", "单位", "部分", "各评分人总分", "合并方式", "去掉的分数", "部分得分", "权重", "综合得分"],
      [1, "A", "", "张 90；李 90；王 60", "去掉一个最高分和一个最低分后平均", "60、90", 90, null, 90],
    ]);
  });
});
