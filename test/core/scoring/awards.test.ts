import { scored, sheet } from "./sheet";

describe("award rows: from full marks down, or from zero up when the text says so", () => {
  const model = sheet([
    ["资料", "计划齐全得2分；总结齐全得3分", 5],
    ["安全", "无事故得20分", 20],
    ["党员", "年内发展1名以上新党员计2分。按时按标准收缴党费计2分(本项共计4分)。", 4],
    ["宣传", "从0分起评：按时上报计2分；有简报计2分", 4],
  ]);

  it("starts a row of awards at its points: nothing found, nothing lost", () => {
    const result = scored(model, []);
    expect(result.items.map((it) => it.score)).toEqual([5, 20, 4, 0]);
  });

  it("takes an award's points off when its condition was not met", () => {
    const result = scored(model, [
      { item: "资料", clause: 2 },
      { item: "安全", clause: 1 },
      { item: "党员", clause: "收缴党费" },
    ]);
    expect(result.items.map((it) => it.score)).toEqual([2, 0, 2, 0]);
    expect(result.applied.map((f) => [f.effect, f.remark])).toEqual([
      [-3, "未达到得分条件"],
      [-20, "未达到得分条件"],
      [-2, "未达到得分条件"],
    ]);
  });

  it("scores a row whose text says 从0分起评 from zero up, never past its points", () => {
    const once = scored(model, [{ item: "宣传", clause: 2 }]);
    expect(once.items[3].score).toBe(2);
    expect(once.applied[0].effect).toBe(2);
    const both = scored(model, [
      { item: "宣传", clause: 1 },
      { item: "宣传", clause: 2 },
    ]);
    expect(both.items[3].score).toBe(4);
  });
});
