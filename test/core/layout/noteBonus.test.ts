// A 备注 cell that states a bonus adds it to the row's rules; other notes and the scorer's own notes do not.
import { inspect } from "./grid";

describe("bonus in a 备注 column", () => {
  it("appends the bonus clauses a 备注 cell states, after the row's own rules", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分", "备注"],
      ["招商引资", "未完成任务的扣5分", 10, null, "超额完成任务的加1分，加分累计不超2分"],
      ["档案管理", "档案缺失的扣2分", 5, null, "需查阅原件"],
    ]);
    const [first, second] = model.items;
    expect(first?.clauses.map((c) => [c.index, c.kind])).toEqual([
      [1, "deduct"],
      [2, "bonus"],
    ]);
    expect(first?.clauses[1]).toMatchObject({ amount: 1, cap: 2 });
    expect(second?.clauses.map((c) => c.kind)).toEqual(["deduct"]);
  });

  it("does not read back what scoring wrote into 备注 or a 扣分说明 column", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分", "备注"],
      ["招商引资", "未完成任务的扣5分；超额完成的加1分", 10, 11, "超额完成的加1分（加1分）"],
    ]);
    expect(model.items[0]?.clauses.map((c) => c.kind)).toEqual(["deduct", "bonus"]);
    const explained = inspect([
      ["项目", "评分标准", "分值", "得分", "扣分说明"],
      ["招商引资", "未完成任务的扣5分", 10, null, "超额完成的加1分"],
    ]);
    expect(explained.items[0]?.clauses.map((c) => c.kind)).toEqual(["deduct"]);
  });
});

describe("rules in a 备注 column of a checklist", () => {
  it("reads a checklist's 备注 deductions as its rules when the table has no rule column", () => {
    const model = inspect(
      [
        ["项目", "内容", "标准要求", "分值", "备注"],
        ["室内卫生(10)", "地面", "无头发、烟头", 5, "未拖地扣10分"],
        [null, "桌面", "洁净", 5, "一经发现,立即没收"],
      ],
      ["A2:A3"],
    );
    expect(model.layout.columns).toMatchObject({ item: 2, requirement: 3, points: 4, note: 5 });
    expect(model.items.map((it) => [it.name, it.group, it.clauses.map((c) => c.kind)])).toEqual([
      ["地面", "室内卫生(10)", ["deduct"]],
      ["桌面", "室内卫生(10)", []],
    ]);
  });
});
