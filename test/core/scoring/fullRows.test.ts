// ItemScore.full (已扣满): what the pane badges a row with, decided once by the engine.
import { scored, sheet } from "./sheet";

const model = sheet([
  ["材料", "材料不全扣5分", 5],
  ["会议", "未召开扣2分", 5],
  ["档案", "每缺一份扣2分，最多扣3分", 10],
  ["台账", "未建立台账扣2分；台账不规范扣1分；本项最多扣3分", 10],
  ["宣传", "未宣传扣1分", 5],
]);

describe("a row's 已扣满", () => {
  it("is set when the deductions take all the row's points", () => {
    const result = scored(model, [{ item: "材料", clause: 1 }]);
    expect(result.items[0]).toMatchObject({ deducted: 5, score: 0, capped: false, full: true });
  });

  it("is not set while points are left", () => {
    const result = scored(model, [{ item: "会议", clause: 1 }]);
    expect(result.items[1]).toMatchObject({ deducted: 2, score: 3, full: false });
  });

  it("is set when a clause's own limit took effect", () => {
    const result = scored(model, [{ item: "档案", clause: 1, count: 2 }]);
    expect(result.items[2]).toMatchObject({ deducted: 3, score: 7, capped: true, full: true });
  });

  it("is set when the deductions reach the row's own cap, below its points", () => {
    expect(model.items[3].cap).toBe(3);
    const one = scored(model, [{ item: "台账", clause: 1 }]);
    expect(one.items[3]).toMatchObject({ deducted: 2, score: 8, full: false });
    const both = scored(model, [
      { item: "台账", clause: 1 },
      { item: "台账", clause: 2 },
    ]);
    expect(both.items[3]).toMatchObject({ deducted: 3, score: 7, capped: false, full: true });
  });

  it("is not set when a typed score replaces what the clauses give", () => {
    const result = scored(model, [
      { item: "材料", clause: 1 },
      { item: "材料", score: 4, note: "现场补交" },
    ]);
    expect(result.items[0]).toMatchObject({ score: 4, full: false });
  });

  it("is not set on rows nothing was found on", () => {
    const result = scored(model, [{ item: "材料", clause: 1 }]);
    expect(result.items.slice(1).map((s) => s.full)).toEqual([false, false, false, false]);
  });
});
