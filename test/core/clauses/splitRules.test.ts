import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { splitRules } from "../../../src/core/clauses/splitRules";

describe("splitRules: one cell into its rules", () => {
  it("keeps a 加：/减： list as one rule and starts a new one at each", () => {
    expect(splitRules("加：平时主动加班；节假日主动值班并未调休\n减：不服从管理；态度恶劣")).toEqual([
      "加：平时主动加班；节假日主动值班并未调休",
      "减：不服从管理；态度恶劣",
    ]);
    expect(splitRules("加：满意度高于95%\n减：满意度低于95%")).toHaveLength(2);
  });

  it("starts a new rule at a space after a finished amount", () => {
    expect(splitRules("科室齐全，得1分 缺1个科室，扣0.5分，扣完为止")).toEqual(["科室齐全，得1分", "缺1个科室，扣0.5分，扣完为止"]);
    expect(parseClauses("科室齐全，得1分 缺1个科室，扣0.5分，扣完为止").map((c) => c.kind)).toEqual(["award", "per"]);
  });

  it("keeps a bracketed remark with the rule before it", () => {
    expect(parseClauses("路面整洁卫生,得10分;发现一处扣2分,扣完为止\n(实地查看)")).toMatchObject([
      { kind: "award", amount: 10 },
      { kind: "per", amount: 2, unit: "处", text: "发现一处扣2分,扣完为止(实地查看)" },
    ]);
  });
});

describe("a full stop inside brackets", () => {
  it("does not end the rule: the bracketed remark stays whole, with the clause before it", () => {
    const clauses = parseClauses("学生在做操时说话、走动或不闭眼:每次违纪扣0.5-1分。(如多人同时违纪,按每人次累计扣分,最多扣满该项分。)");
    expect(clauses).toHaveLength(1);
    expect(clauses[0]).toMatchObject({ kind: "range", min: 0.5, max: 1 });
    expect(clauses[0].text).toContain("(如多人同时违纪,按每人次累计扣分,最多扣满该项分。)");
  });
});
