import { inspectSheet, resolveFindings, type SheetModel } from "../../../src/core";
import { MAX_CANDIDATES } from "../../../src/core/scoring/resolveFindings";

function manyItems(n: number): SheetModel {
  const values = [
    ["项目", "评分标准", "分值", "得分"],
    ...Array.from({ length: n }, (_, i) => [`工作${i + 1}`, "没有计划的扣1分", 1, null]),
  ];
  return inspectSheet({ name: "多项", values });
}

describe("finding items", () => {
  it("names at most 20 candidates, then …等 N 项", () => {
    const model = manyItems(45);
    const { problems } = resolveFindings(model, [
      { item: "不存在", clause: 1 },
      { item: "工作", clause: 1 },
    ]);
    expect(problems.map((p) => [p.code, p.args?.more])).toEqual([
      ["finding-item-unknown", 25],
      ["finding-item-ambiguous", 25],
    ]);
    expect(MAX_CANDIDATES).toBe(20);
    expect(problems[0].message).toContain("工作20（第21行）…等 25 项");
    expect(problems[0].message).not.toContain("工作21（");
  });

  it("names all candidates when there are 20 or fewer", () => {
    const { problems } = resolveFindings(manyItems(3), [{ item: "不存在", clause: 1 }]);
    expect(problems[0].args?.more).toBeUndefined();
    expect(problems[0].message).toContain("工作3（第4行）");
    expect(problems[0].message).not.toContain("等");
  });

  it("finds an item by path 类别/项目, by its name or by its row", () => {
    const model = manyItems(2);
    model.items[0].group = "组织建设";
    model.items[1].group = "作风建设";
    model.items[1].name = "工作1";
    const { resolved, problems } = resolveFindings(model, [
      { item: "作风建设/工作1", clause: 1 },
      { item: "组织/工作1", clause: 1 },
    ]);
    expect(problems).toEqual([]);
    expect(resolved.map((f) => f.itemIndex)).toEqual([1, 0]);
    expect(resolveFindings(model, [{ item: 3, clause: 1 }]).resolved.map((f) => f.itemIndex)).toEqual([1]);
    expect(resolveFindings(model, [{ item: "工作1", clause: 1 }]).problems.map((p) => p.code)).toEqual(["finding-item-ambiguous"]);
  });

  it("follows a deeper path from item.path", () => {
    const model = manyItems(2);
    model.items[0].path = ["党建", "组织建设"];
    model.items[1].path = ["党建", "作风建设"];
    const { resolved, problems } = resolveFindings(model, [{ item: "党建/作风建设/工作2", clause: 1 }]);
    expect(problems).toEqual([]);
    expect(resolved.map((f) => f.itemIndex)).toEqual([1]);
    expect(resolveFindings(model, [{ item: "作风建设/工作1", clause: 1 }]).problems.map((p) => p.code)).toEqual(["finding-item-unknown"]);
  });
});
