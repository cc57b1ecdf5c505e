// The pane picks a bundled rubric by the sheet's title too, as the command does (matchRubric with sheetTitles).
import type { CellValue } from "../../src/core";
import { analyseScan } from "../../src/taskpane/scoringSession";
import { RUBRIC } from "./paneHarness";

function scanOf(title: string) {
  const values: CellValue[][] = [
    [title, null, null, null],
    ["目标项目", "评分标准", "分值", "得分"],
    ["自拟项目甲", "未落实扣1分", 5, null],
    ["自拟项目乙", "未落实扣2分", 5, null],
  ];
  return { grid: { name: "Sheet1", values }, sheets: ["Sheet1"], log: null };
}

describe("analyseScan and bundled rubrics", () => {
  it("a sheet titled with a rubric's title gets that rubric, though its item names differ", () => {
    expect(RUBRIC.title).toBe("2014年度苏木镇基层党建工作考核评分细则");
    expect(analyseScan(scanOf("2014年度苏木镇基层党建工作考核评分细则"), {}, null, [RUBRIC]).rubric?.title).toBe(RUBRIC.title);
  });

  it("another title and other items: no rubric", () => {
    expect(analyseScan(scanOf("2025年村级综合目标考核表"), {}, null, [RUBRIC]).rubric).toBeNull();
  });
});
