// A row with points and no rule of its own: a group row heading the items under it, or an item of its own.
// Each case is a fuzz failure (bench/fuzz.ts) cut down to the rows that matter.
import { inspect, namesAndPoints } from "./grid";

describe("a row with points and a blank rule cell", () => {
  it("is an item when its blank rule cell is followed by rules in the rows its merged item spans (fuzz seed 59)", () => {
    const model = inspect(
      [
        ["考核项目", "评分标准", "分值", "实得分"],
        ["党员干部教育管理", "", 3, null],
        [null, "少一次扣1分，最多扣3分", null, null],
        ["垃圾分类", "每少一次扣2分", 1, null],
        ["信息报送", "未落实的扣1分", 2, null],
      ],
      ["A2:A3", "C2:C3", "D2:D3"],
    );
    // Its points are its items' sum (3 = 1 + 2), yet the rules under its merged name make it an item.
    expect(namesAndPoints(model)).toEqual([
      ["党员干部教育管理", 3],
      ["垃圾分类", 1],
      ["信息报送", 2],
    ]);
    expect(model.items.map((it) => [it.row, it.lastRow, it.group])).toEqual([
      [2, 3, null],
      [4, 4, null],
      [5, 5, null],
    ]);
    expect(model.items[0].criteriaCells).toEqual(["B3"]);
  });

  it("is an item when one item follows with the same points, numbered alike (fuzz seed 103)", () => {
    const model = inspect([
      ["项目", "编号", "扣分标准", "分值", "得分"],
      ["班主任工作", 13, "", 1, null],
      ["作业检查", 14, "见附件", 1, null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["班主任工作", 1],
      ["作业检查", 1],
    ]);
    expect(model.items[1].group).toBeNull();
  });

  it("is an item when a row under it has no points (fuzz seed 738)", () => {
    const model = inspect([
      ["目标项目", "扣分标准", "分值", "实得分"],
      ["安全生产", "", 1, null],
      ["组织建设", "少一次扣0.5分，最多扣10分", 1, null],
      ["组织建设", "未落实的扣3分", "abc", null],
    ]);
    expect(model.items.map((it) => it.name)).toEqual(["安全生产", "组织建设", "组织建设"]);
  });

  it("is an item when items with rules stand above it outside any group (fuzz seed 4441)", () => {
    const model = inspect([
      ["考核内容", "扣分标准", "标准分", "得分"],
      ["党员干部教育管理", "每少一次扣3分", 5, null],
      ["班主任工作", "", 20, null],
      ["组织建设", "一次扣3分，两次扣6分，三次以上不得分", 15, null],
      ["组织建设", "未落实的扣3分", 5, null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["党员干部教育管理", 5],
      ["班主任工作", 20],
      ["组织建设", 15],
      ["组织建设", 5],
    ]);
  });

  it("is an item when the declared total is the sum of every row's points", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["档案管理", "", 10, null],
      ["卫生", "地面有垃圾的扣2分", 6, null],
      ["纪律", "迟到一次扣1分", 4, null],
      ["合计", null, 20, null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["档案管理", 10],
      ["卫生", 6],
      ["纪律", 4],
    ]);
  });

  it("is still a group when it heads the table and its items add up to it", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["组织建设", "", 10, null],
      ["卫生", "地面有垃圾的扣2分", 6, null],
      ["纪律", "迟到一次扣1分", 4, null],
      ["合计", null, 10, null],
    ]);
    expect(model.items.map((it) => [it.name, it.points, it.group])).toEqual([
      ["卫生", 6, "组织建设"],
      ["纪律", 4, "组织建设"],
    ]);
  });
});

describe("a remark that starts like a signature line", () => {
  it("does not end the table on a row with points of its own (fuzz seed 3260: the note scoring writes)", () => {
    const model = inspect([
      ["扣分说明", "项目", "评分标准", "分值", "得分"],
      ["评分人填写得分 0 分（直接打分）；一票否决：全表得分为 0", "党员队伍建设", "一次扣3分，两次扣6分，三次以上不得分", 20, 0],
      [null, "环境卫生", "酌情扣1～2分", 2.5, null],
      ["检查人员：张三", null, null, null, null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["党员队伍建设", 20],
      ["环境卫生", 2.5],
    ]);
    expect(model.layout.columns.note).toBe(1);
    expect(model.layout.lastRow).toBe(3);
  });
});
