import { parseClauses } from "../../../src/core/clauses/parseCriteria";

function brief(text: string) {
  return parseClauses(text).map((c) => [c.text, c.kind, c.amount, c.unread ?? false]);
}

describe("foldNotes: text that is no rule of its own joins the clause it speaks of", () => {
  it("joins the full-marks condition before a cell's deductions to the first of them", () => {
    expect(brief("学生按顺序排队、动作规范:得满分;发现学生在上下楼梯时混乱:每次扣0.8分;班主任不随队则扣2分。")).toEqual([
      ["学生按顺序排队、动作规范:得满分；发现学生在上下楼梯时混乱:每次扣0.8分", "per", 0.8, false],
      ["班主任不随队则扣2分", "deduct", 2, false],
    ]);
  });

  it("keeps a full-marks line of its own, and a full-marks text with nothing after it", () => {
    expect(brief("全部完成的得满分\n资料不全的扣1分")).toEqual([
      ["全部完成的得满分", "manual", null, true],
      ["资料不全的扣1分", "deduct", 1, false],
    ]);
    expect(brief("全部完成的得满分")).toEqual([["全部完成的得满分", "manual", null, true]]);
  });

  it("joins a no-deduction note to the clause before it", () => {
    expect(brief("信息内容不正确,1处扣2分;200平米以下的农贸市场鼓励开展相关工作,该项不作为扣分项")).toEqual([
      ["信息内容不正确,1处扣2分；200平米以下的农贸市场鼓励开展相关工作,该项不作为扣分项", "per", 2, false],
    ]);
  });

  it("keeps a no-deduction note that has no clause before it", () => {
    expect(brief("无协同单位的专业基地，此处不失分")).toEqual([["无协同单位的专业基地，此处不失分", "manual", null, true]]);
  });
});

describe("asOneRequirement: a cell with no rule in any sentence is one requirement", () => {
  it.each([["村第一书记或书记向党员大会述职,并评议;半年和年底各一次。。"], ["主持；对公司有突出贡献；工作有突出成绩等"]])(
    "reads %s as one unread clause",
    (text) => {
      expect(brief(text)).toEqual([[text, "manual", null, true]]);
    },
  );

  it("keeps method notes, lines and cells with a rule apart", () => {
    expect(parseClauses("查看记录；查看台账")).toHaveLength(2);
    expect(parseClauses("村党支部工作制度健全,经常组织活动。\n党员先锋模范作用好,村党员无严重违纪违法问题。")).toHaveLength(2);
    expect(brief("有计划；有总结；无记录的扣1分").filter((c) => c[3])).toHaveLength(2);
  });
});
