// The sheet as it is: each item's written 得分 and the total, beside what the ticks give.
import { currentScores, inspectSheet, itemAtCell, scoreSheet, type CellValue, type Item, type SheetGrid } from "../../../src/core";

/** 项目 | 评分标准 | 分值 | 得分 from row 1; items on rows 2…; 合计 below them with `total` in 得分. */
function grid(items: [string, string, number, CellValue][], total: CellValue): SheetGrid {
  return {
    name: "测试",
    values: [["项目", "评分标准", "分值", "得分"], ...items, ["合计", null, items.reduce((sum, it) => sum + it[2], 0), total]],
    merges: [],
  };
}

const DEDUCT = "未落实的扣2分。";

/** The prefilled sheet: 11 of 10, −1 in a 5-point row, 八分, and a total of 80 where the numbers add to 67.5. */
const PREFILLED = grid(
  [
    ["党建工作", DEDUCT, 10, 11],
    ["组织建设", DEDUCT, 10, 8],
    ["宣传工作", DEDUCT, 10, 7.5],
    ["统战工作", DEDUCT, 5, -1],
    ["群团工作", DEDUCT, 5, 5],
    ["纪检工作", DEDUCT, 10, "八分"],
    ["安全生产", DEDUCT, 10, 9],
    ["环境保护", DEDUCT, 10, 8],
    ["民生保障", DEDUCT, 10, 6],
    ["综治维稳", DEDUCT, 10, 7],
    ["乡村振兴", DEDUCT, 10, 7],
  ],
  80,
);

describe("currentScores", () => {
  it("reads each written score and says which the ticks explain, on the issue's prefilled sheet", () => {
    const model = inspectSheet(PREFILLED);
    expect(model.items).toHaveLength(11);
    // One tick: 组织建设's 扣2分 takes it to the 8 the sheet has.
    const result = scoreSheet(model, [{ itemIndex: 1, clauseIndex: 1, count: 1 }], null);
    const current = currentScores(model, result);
    expect(current.items.map((it) => [it.row, it.value, it.points, it.explained])).toEqual([
      [2, 11, 11, false],
      [3, 8, 8, true],
      [4, 7.5, 7.5, false],
      [5, -1, -1, false],
      [6, 5, 5, true],
      [7, "八分", null, false],
      [8, 9, 9, false],
      [9, 8, 8, false],
      [10, 6, 6, false],
      [11, 7, 7, false],
      [12, 7, 7, false],
    ]);
    expect(current.total).toEqual({ cell: "D13", value: 80, computed: 98, explained: false });
  });

  it("says nothing is unexplained on a fresh sheet, and explains a total the ticks give to the thousandth", () => {
    const fresh = inspectSheet(
      grid(
        [
          ["党建工作", DEDUCT, 10, null],
          ["组织建设", DEDUCT, 10.5, "  "],
        ],
        null,
      ),
    );
    const freshCurrent = currentScores(fresh, scoreSheet(fresh, [], null));
    expect(freshCurrent.items.map((it) => [it.value, it.points, it.explained])).toEqual([
      [null, null, true],
      [null, null, true],
    ]);
    expect(freshCurrent.total).toEqual({ cell: "D4", value: null, computed: 20.5, explained: true });

    const filled = inspectSheet(
      grid(
        [
          ["党建工作", DEDUCT, 10, "10分"],
          ["组织建设", DEDUCT, 10.5, 10.5],
        ],
        20.5,
      ),
    );
    const filledCurrent = currentScores(filled, scoreSheet(filled, [], null));
    expect(filledCurrent.items.map((it) => [it.value, it.points, it.explained])).toEqual([
      ["10分", 10, true],
      [10.5, 10.5, true],
    ]);
    expect(filledCurrent.total?.explained).toBe(true);
  });
});

describe("itemAtCell", () => {
  const items = [
    { row: 4, lastRow: 6, name: "甲" },
    { row: 7, lastRow: 7, name: "乙" },
    { row: 9, lastRow: 10, name: "丙" },
  ] as Item[];

  it("finds the item whose rows hold the cell, a range by its first cell", () => {
    expect(itemAtCell(items, "F4")?.name).toBe("甲");
    expect(itemAtCell(items, "A6")?.name).toBe("甲");
    expect(itemAtCell(items, "$C$7")?.name).toBe("乙");
    expect(itemAtCell(items, "B10:F12")?.name).toBe("丙");
  });

  it("finds nothing between items, outside them, or for what is not a cell", () => {
    expect(itemAtCell(items, "F8")).toBeNull();
    expect(itemAtCell(items, "F3")).toBeNull();
    expect(itemAtCell(items, "F11")).toBeNull();
    expect(itemAtCell(items, "合计")).toBeNull();
  });
});
