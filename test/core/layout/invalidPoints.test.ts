// 分值 that is no points: an error on its cell, and the item gets no points (so it is not scored).
import { inspect } from "./grid";

function pointsProblems(values: (string | number | null)[]) {
  const model = inspect([["项目", "评分标准", "分值", "得分"], ...values.map((v, i) => [`项目${i + 1}`, "不合格的扣2分", v, null])]);
  return {
    points: model.items.map((it) => it.points),
    problems: model.problems.filter((p) => p.code === "points-invalid").map((p) => [p.severity, p.cell, p.args?.reason ?? ""]),
  };
}

describe("invalid 分值", () => {
  it("refuses negative, zero with rules, dates, error values and text, each on its cell", () => {
    expect(pointsProblems([-5, 0, "2024-05-01", "#DIV/0!", "#REF!", "见附件", 5])).toEqual({
      points: [null, null, null, null, null, null, 5],
      problems: [
        ["error", "C2", "negative"],
        ["error", "C4", "date"],
        ["error", "C5", "error-value"],
        ["error", "C6", "error-value"],
        ["error", "C7", ""],
        ["error", "C3", "zero-with-rules"],
      ],
    });
  });

  it("says what is wrong in Chinese, naming the cell", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["资料", "资料不全的扣1分", "#REF!", null],
    ]);
    expect(model.problems.find((p) => p.code === "points-invalid")?.message).toBe("C2 的分值“#REF!”是错误值：本项不计分，请改正分值");
    expect(model.problems.filter((p) => p.cell === "C2")).toHaveLength(1);
  });

  it("keeps 0 points on a bonus or veto row without error", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["加分项", "获得市级表彰的加2分", 0, null],
    ]);
    expect(model.items[0]?.points).toBe(0);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});
