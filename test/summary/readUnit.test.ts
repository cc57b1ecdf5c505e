import { scoredUnitsFromGrids } from "../../src/core";
import type { CellValue, SheetGrid } from "../../src/core";

/** A sheet scored by hand, with a 自评分 column beside 得分. */
function handScored(name: string, scores: CellValue[], selfScores: CellValue[]): SheetGrid {
  return {
    name,
    values: [
      ["2014年度考核评分表"],
      [`被考核单位：${name}`],
      ["序号", "目标项目", "评分标准", "分值", "自评分", "得分"],
      [1, "党员队伍建设", "没制定发展党员工作计划的扣2分；发展党员工作不规范的扣5分", 10, selfScores[0], scores[0]],
      [2, "党员干部教育管理", "集中活动记录，少一次扣0.5分", 10, selfScores[1], scores[1]],
      [null, "合计", null, 20, null, null],
    ],
  };
}

describe("reading unit sheets", () => {
  it("a sheet scored by hand: its 得分 cells and its 自评分", () => {
    const read = scoredUnitsFromGrids([handScored("嵯岗镇", [8, 9.5], [10, "9.5"])], { source: "嵯岗镇.xlsx" });
    expect(read.unread).toEqual([]);
    expect(read.units).toHaveLength(1);
    expect(read.units[0]).toMatchObject({ unit: "嵯岗镇", source: "嵯岗镇.xlsx", vetoed: false, findings: [] });
    expect(read.units[0].items.map((it) => [it.name, it.points, it.score, it.selfScore])).toEqual([
      ["党员队伍建设", 10, 8, 10],
      ["党员干部教育管理", 10, 9.5, 9.5],
    ]);
  });

  it("a blank sheet, or one with blank scores, is listed with the reason", () => {
    const read = scoredUnitsFromGrids([handScored("甲镇", [null, null], [null, null]), handScored("乙镇", [8, null], [null, null])], {
      source: "全部.xlsx",
    });
    expect(read.units).toEqual([]);
    expect(read.unread).toEqual([
      { source: "全部.xlsx › 甲镇", reason: "尚未评分（没有得分，也没有扣分明细记录）" },
      { source: "全部.xlsx › 乙镇", reason: "有 1 项得分空白：党员干部教育管理" },
    ]);
  });

  it("a workbook without a scoring table", () => {
    const read = scoredUnitsFromGrids([{ name: "说明", values: [["本工作簿说明"]] }], { source: "说明.xlsx" });
    expect(read.unread).toEqual([{ source: "说明.xlsx", reason: "没有找到考核评分表" }]);
  });
});
