// Points written in the text: "(5分)" on each rule line under a 分值 merged over the section, "(2.5)" after a standard.
import { codes, inspect, namesAndPoints } from "./grid";

describe("points written in the text", () => {
  it("makes each rule line with (N分) an item when the 分值 is merged over the whole section", () => {
    const model = inspect(
      [
        ["项目", "评分标准", "分值", "得分"],
        ["制度建设", "(5分)未建立安全管理制度的扣5分", 15, null],
        [null, "（5分）制度未上墙的扣2分", null, null],
        [null, "未按制度检查的扣5分（5分）", null, null],
        ["教育培训", "未开展培训的扣10分", 10, null],
      ],
      ["A2:A4", "C2:C4"],
    );
    expect(model.items.map((it) => [it.name, it.points, it.pointsCell, it.group])).toEqual([
      ["(5分)未建立安全管理制度的扣5分", 5, null, "制度建设"],
      ["(5分)制度未上墙的扣2分", 5, null, "制度建设"],
      ["未按制度检查的扣5分(5分)", 5, null, "制度建设"],
      ["教育培训", 10, "C5", null],
    ]);
    expect(model.items[1]?.clauses.map((c) => [c.kind, c.amount])).toEqual([["deduct", 2]]);
    expect(model.pointsSum).toBe(25);
    expect(model.problems.map((p) => p.code)).not.toContain("group-points-mismatch");
  });

  it("warns when the lines' points do not add up to the merged section total", () => {
    const model = inspect(
      [
        ["项目", "评分标准", "分值", "得分"],
        ["制度建设", "(5分)未建立安全管理制度的扣5分", 20, null],
        [null, "(5分)制度未上墙的扣2分", null, null],
      ],
      ["A2:A3", "C2:C3"],
    );
    expect(namesAndPoints(model)).toEqual([
      ["(5分)未建立安全管理制度的扣5分", 5],
      ["(5分)制度未上墙的扣2分", 5],
    ]);
    expect(codes(model)).toContainEqual(["warning", "group-points-mismatch", "C2"]);
  });

  it("reads (2.5) after a standard when the row's 分值 is blank", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["资料", "资料不全的扣1分(2.5)", null, null],
      ["记录", "记录缺失的扣0.5分（2.5）", null, null],
      ["合计", null, 5, null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["资料", 2.5],
      ["记录", 2.5],
    ]);
    expect(model.items[0]?.clauses.map((c) => [c.kind, c.amount])).toEqual([["deduct", 1]]);
    expect(model.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("leaves a number in brackets alone when the 分值 column has the row's points", () => {
    const model = inspect([
      ["项目", "评分标准", "分值", "得分"],
      ["资料", "资料不全的扣1分(2)", 4, null],
    ]);
    expect(namesAndPoints(model)).toEqual([["资料", 4]]);
  });
});

describe("points named in a standard", () => {
  it("reads 基准分15分 and (1个0.5分,共3分) as the row's points", () => {
    const model = inspect([
      ["考核项", "基准标准", "加减分条件", "得分"],
      ["满意度调查", "基准分15分。标准:满意度95%", "满意度低于95%的扣5分", null],
      ["制度建设", "坚持例会制度、学习制度。(1个0.5分,共3分)", "缺一项制度扣0.5分", null],
    ]);
    expect(namesAndPoints(model)).toEqual([
      ["满意度调查", 15],
      ["制度建设", 3],
    ]);
  });

  it("joins a defect and its bare amount into one rule (缺陷内容 | 扣分标准: 1, 0.5/项)", () => {
    const model = inspect(
      [
        ["病历书写项目", "标准分值", "缺陷内容", "扣分标准", "扣分"],
        ["病案首页", "5分", "缺质量控制医师签名", 1, null],
        [null, null, "入院诊断填写有缺陷", "0。5/项", null],
      ],
      ["A2:A3", "B2:B3"],
    );
    expect(namesAndPoints(model)).toEqual([["病案首页", 5]]);
    expect(model.items[0]?.clauses.map((c) => [c.text, c.kind, c.amount])).toEqual([
      ["缺质量控制医师签名，扣1分", "deduct", 1],
      ["入院诊断填写有缺陷，每项扣0.5分", "per", 0.5],
    ]);
  });
});
