// Total, subtotal and signature rows, wherever their label sits, are never items; the total is checked.
import { codes, inspect, namesAndPoints } from "./grid";

const HEADER = ["序号", "检查项目", "扣分标准", "应得分数", "扣减分数", "实得分数"];

describe("total, subtotal and signature rows", () => {
  it("reads 检查项目合计 in the item column with its number as the total, and stops before the signatures", () => {
    const model = inspect([
      HEADER,
      [1, "安全帽", "不戴安全帽的每人扣2分", 10, null, null],
      [2, "安全网", "安全网破损的每处扣2分", 10, null, null],
      [null, "检查项目合计", null, 20, null, null],
      ["检查人员：张三    项目负责人：李四", null, null, null, null, null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["安全帽", 10],
      ["安全网", 10],
    ]);
    expect(model.layout.total?.row).toBe(4);
    expect(model.declaredTotal).toBe(20);
    expect(model.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("skips 小 计 in the rule column and reads 合 计 in the last column's neighbour", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["卫生", "地面有垃圾的扣2分", 10, null],
      [null, "小 计", 10, null],
      ["纪律", "迟到一次扣1分", 5, null],
      [null, "合 计", 15, null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["卫生", 10],
      ["纪律", 5],
    ]);
    expect(model.declaredTotal).toBe(15);
  });

  it("reads 总分：100分 with the number in the label, and flags a total the items do not add up to", () => {
    const model = inspect(
      [
        ["项目", "评分标准", "分值", "得分"],
        ["卫生", "地面有垃圾的扣2分", 60, null],
        ["纪律", "迟到一次扣1分", 30, null],
        ["总分：100分", null, null, null],
      ],
      ["A4:D4"],
    );
    expect(model.items).toHaveLength(2);
    expect(model.declaredTotal).toBe(100);
    expect(codes(model)).toContainEqual(["error", "points-sum-mismatch", "C4"]);
  });

  it("takes 综合得分 with no number as the total row, and 考核人：/日期： lines as the end", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["卫生", "地面有垃圾的扣2分", 10, null],
      [null, null, "综合得分", null],
      ["考核人：", null, "日期：", null],
    ]);
    expect(model.items.map((it) => it.name)).toEqual(["卫生"]);
    expect(model.layout.total?.row).toBe(3);
    expect(model.declaredTotal).toBeNull();
  });

  it("ends the table at a signature line even without a total row", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["卫生", "地面有垃圾的扣2分", 10, null],
      ["考核人：王五", null, null, null],
      ["日期：2024年5月1日", null, null, null],
    ]);
    expect(model.items.map((it) => it.name)).toEqual(["卫生"]);
    expect(model.layout.lastRow).toBe(2);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("a form that ends with its one 小计", () => {
  it("takes the only 小计 as the total, and skips a repeated header row of a second table", () => {
    const model = inspect(
      [
        ["项目", "规范要求", "扣分点", "分值"],
        ["地面", "无垃圾", "有垃圾扣5分", 10],
        ["项目", "规范要求", "扣分点", "分值"],
        ["床铺", "整洁", "床铺杂乱扣5分", 10],
        [null, "小计", null, 20],
      ],
      [],
    );
    expect(namesAndPoints(model)).toEqual([
      ["地面", 10],
      ["床铺", 10],
    ]);
    expect(model.layout.total?.row).toBe(5);
    expect(model.declaredTotal).toBe(20);
  });
});
