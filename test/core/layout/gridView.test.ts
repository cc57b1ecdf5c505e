// The grid view's folded texts and master cells, the carried item levels, and foldWidth's fast path.
import { GridView } from "../../../src/core/layout/gridView";
import { LevelCarry } from "../../../src/core/layout/itemPath";
import { foldWidth } from "../../../src/core/text/normalize";
import { grid } from "./grid";

describe("foldWidth", () => {
  it("returns text with no space and nothing NFKC changes as it is", () => {
    const text = "第12项工作落实情况(5分)";
    expect(foldWidth(text)).toBe(text);
  });

  it("folds full-width forms and every kind of space, and trims", () => {
    expect(foldWidth("　目标\t\u00a0项目 （５分） ")).toBe("目标 项目 (5分)");
    expect(foldWidth("合 计\n")).toBe("合 计");
    expect(foldWidth("\n")).toBe("");
  });
});

describe("GridView", () => {
  const view = new GridView(
    grid(
      [
        ["项目", "评分标准"],
        ["组织\u3000建设", "扣２分"],
        [null, "未建立的扣1分"],
        [7, null],
      ],
      ["A2:A3"],
    ),
  );

  it("reads a merged cell's text at its master from every cell of the merge", () => {
    expect(view.text(2, 1)).toBe("组织 建设");
    expect(view.text(3, 1)).toBe("组织 建设");
    expect(view.text(2, 2)).toBe("扣2分");
    expect(view.text(4, 1)).toBe("7");
  });

  it("reads cells outside the values as blank", () => {
    expect(view.text(4, 2)).toBe("");
    expect(view.text(9, 1)).toBe("");
    expect(view.text(1, 9)).toBe("");
  });

  it("reads a sheet made wide by a stray cell far right (its texts kept in a map) alike", () => {
    const rows: (string | null)[][] = Array.from({ length: 300 }, (_, i) => [`第${i + 1}项　工作`]);
    rows[0][4999] = "备注";
    const wide = new GridView(grid(rows));
    expect(wide.colCount).toBe(5000);
    expect(wide.text(2, 1)).toBe("第2项 工作");
    expect(wide.text(1, 5000)).toBe("备注");
    expect(wide.text(2, 5000)).toBe("");
  });

  it("names the master row and column of a merged cell, and a lone cell's own", () => {
    expect([view.masterRow(3, 1), view.masterCol(3, 1)]).toEqual([2, 1]);
    expect([view.masterRow(3, 2), view.masterCol(3, 2)]).toEqual([3, 2]);
  });
});

describe("LevelCarry", () => {
  const view = new GridView(
    grid(
      [
        ["类别", "项目"],
        ["组织建设", "班子"],
        [null, "制度"],
        ["宣传工作", null],
        [null, "阵地"],
      ],
      ["A2:A3"],
    ),
  );

  it("carries a level down blank cells, keeps one Level per cell, and starts the inner levels afresh under a new outer one", () => {
    const carry = new LevelCarry(view, [1, 2]);
    carry.readRow(2);
    const outer = carry.level(0);
    expect(outer).toEqual({ text: "组织建设", cell: { row: 2, col: 1 } });
    expect(carry.level(1)).toEqual({ text: "班子", cell: { row: 2, col: 2 } });
    carry.readRow(3);
    expect(carry.level(0)).toBe(outer);
    expect(carry.level(1)).toEqual({ text: "制度", cell: { row: 3, col: 2 } });
    carry.readRow(4);
    expect(carry.level(0)).toEqual({ text: "宣传工作", cell: { row: 4, col: 1 } });
    expect(carry.level(1)).toBeNull();
    carry.readRow(5);
    expect(carry.level(0)?.text).toBe("宣传工作");
    expect(carry.level(1)).toEqual({ text: "阵地", cell: { row: 5, col: 2 } });
    carry.reset();
    expect(carry.level(0)).toBeNull();
  });
});
