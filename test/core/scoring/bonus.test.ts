import { resolveFindings } from "../../../src/core";
import { scored, sheet } from "./sheet";

describe("bonus clauses", () => {
  const model = sheet([
    ["活动", "参与或组织活动情况酌情加1-10分", 5],
    ["创新", "每有一项创新内容效果明显的追加0.5分,加分累计不超2分", 10],
  ]);

  it("takes the assessor's bonus within a stated range, and refuses one outside it", () => {
    expect(scored(model, [{ item: "活动", clause: 1, amount: 7 }]).items[0]).toMatchObject({ score: 12, bonus: 7 });
    const { problems } = resolveFindings(model, [
      { item: "活动", clause: 1, amount: 11 },
      { item: "活动", clause: 1 },
    ]);
    expect(problems.map((p) => p.args?.reason)).toEqual(["out-of-range", "bonus-needed"]);
  });

  it("counts a per bonus up to its 加分累计 cap and keeps the count", () => {
    const result = scored(model, [{ item: "创新", clause: 1, count: 6 }]);
    expect(result.items[1]).toMatchObject({ score: 12, bonus: 2, capped: true });
    expect(result.applied[0]).toMatchObject({ count: 6, effect: 2, remark: "加分封顶 2 分" });
  });
});
