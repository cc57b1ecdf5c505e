import { readFileSync } from "fs";
import { join } from "path";
import { parseClauses, parseCriteria } from "../../src/core/clauses/parseCriteria";
import { splitRules } from "../../src/core/clauses/splitRules";
import { replaceZhNumerals } from "../../src/core/text/numerals";

const brief = (text: string) => parseClauses(text).map((c) => [c.text, c.kind, c.amount]);

describe("a cap after several comma-joined deductions caps them together", () => {
  it("迟到扣3分，早退扣3分，最多扣5分 → two clauses and a row cap", () => {
    const parsed = parseCriteria("迟到扣3分，早退扣3分，最多扣5分");
    expect(parsed.clauses.map((c) => [c.text, c.kind, c.amount, c.cap])).toEqual([
      ["迟到扣3分", "deduct", 3, undefined],
      ["早退扣3分", "deduct", 3, undefined],
    ]);
    expect(parsed.rowCap).toBe(5);
  });

  it("reads the same with ；and with 本项最多", () => {
    for (const text of ["迟到扣3分；早退扣3分；最多扣5分", "迟到扣3分，早退扣3分，本项最多扣5分", "迟到扣3分，每次早退扣1分，最多扣5分"]) {
      const parsed = parseCriteria(text);
      expect(parsed.clauses).toHaveLength(2);
      expect(parsed.clauses.some((c) => c.cap !== undefined)).toBe(false);
      expect(parsed.rowCap).toBe(5);
    }
  });

  it("keeps a cap after a single per clause on that clause", () => {
    expect(parseCriteria("少一次扣0.5分，最多扣1.5分")).toEqual({
      clauses: [{ index: 1, text: "少一次扣0.5分，最多扣1.5分", kind: "per", amount: 0.5, unit: "次", cap: 1.5 }],
    });
    const lead = parseCriteria("集中活动记录，少一次扣0.5分，最多扣1.5分");
    expect(lead.clauses).toEqual([expect.objectContaining({ kind: "per", cap: 1.5 })]);
    expect(lead.rowCap).toBeUndefined();
    expect(parseCriteria("每少一次扣0.5分，最多计3次").clauses).toEqual([expect.objectContaining({ kind: "per", maxCount: 3 })]);
  });

  it("a deduction after the cap is a clause of its own", () => {
    const parsed = parseCriteria("迟到扣3分，早退扣3分，最多扣5分，旷工扣2分");
    expect(parsed.clauses.map((c) => [c.text, c.amount])).toEqual([
      ["迟到扣3分", 3],
      ["早退扣3分", 3],
      ["旷工扣2分", 2],
    ]);
    expect(parsed.rowCap).toBe(5);
  });
});

describe("numbered rules inside one line", () => {
  it.each([
    "（一）未建立台账的扣2分（二）未按时上报的扣1分",
    "(一)未建立台账的扣2分 (二)未按时上报的扣1分",
    "1、未建立台账的扣2分 2、未按时上报的扣1分",
    "1.未建立台账的扣2分；2.未按时上报的扣1分",
    "1.未建立台账的扣2分 2.未按时上报的扣1分",
    "（１）未建立台账的扣2分（２）未按时上报的扣1分",
    "①未建立台账的扣2分②未按时上报的扣1分",
    "一、未建立台账的扣2分　二、未按时上报的扣1分",
    "未建立台账的扣2分，（2）未按时上报的扣1分",
    "未建立台账的扣2分。2.未按时上报的扣1分",
  ])("%s → two clauses, numbering removed", (text) => {
    expect(brief(text)).toEqual([
      ["未建立台账的扣2分", "deduct", 2],
      ["未按时上报的扣1分", "deduct", 1],
    ]);
  });

  it("splits after 为止 and 除外 too", () => {
    expect(brief("每少一次扣0.5分，扣完为止 2、未整改的扣2分")).toEqual([
      ["每少一次扣0.5分，扣完为止", "per", 0.5],
      ["未整改的扣2分", "deduct", 2],
    ]);
    expect(parseClauses("未上报的扣1分（嵯岗除外）（2）未整改的扣2分").map((c) => [c.amount, c.except])).toEqual([
      [1, ["嵯岗"]],
      [2, undefined],
    ]);
  });

  it.each([
    ["未建立台账的扣2分，1个嘎查未达标的扣2分", [["未建立台账的扣2分", "deduct", 2], ["1个嘎查未达标的扣2分", "per", 2]]],
    ["扣0.5分，第1次未参加的扣1分", [["扣0.5分", "deduct", 0.5], ["第1次未参加的扣1分", "deduct", 1]]],
    ["2014年12月31日前未上报的扣1分；2015.1.5前未整改的扣2分", [["2014年12月31日前未上报的扣1分", "deduct", 1], ["2015.1.5前未整改的扣2分", "deduct", 2]]],
    ["未上报的扣1分，12.5%以下的扣2分", [["未上报的扣1分", "deduct", 1], ["12.5%以下的扣2分", "deduct", 2]]],
  ])("does not take a count, an amount or a date for a number: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it("keeps splitRules' text as written", () => {
    expect(splitRules("（一）未建立台账的，扣２分（二）未按时上报的扣1分。")).toEqual(["未建立台账的，扣２分", "未按时上报的扣1分"]);
  });
});

describe("Chinese numerals inside ranges", () => {
  it.each([
    ["扣一至三分", 1, 3],
    ["酌情扣一到三分", 1, 3],
    ["扣1至3分", 1, 3],
    ["扣一～三分", 1, 3],
    ["扣两分至三分", 2, 3],
    ["扣半至一分", 0.5, 1],
  ])("%s is a range %d..%d", (text, min, max) => {
    expect(parseClauses(text)).toEqual([expect.objectContaining({ text, kind: "range", min, max })]);
  });

  it.each(["一票否决", "一站式服务", "一年一评", "三送行动", "两委干部", "第一至三季度"])("leaves %s alone", (text) => {
    expect(replaceZhNumerals(text)).toBe(text);
  });

  it("still reads counts and amounts", () => {
    expect(replaceZhNumerals("少一次扣两分")).toBe("少1次扣2分");
    expect(replaceZhNumerals("扣一至三分")).toBe("扣1至3分");
  });
});

describe("award beside a deduction", () => {
  it("全年无安全事故的得10分，发生一般事故扣5分 → award 10 and deduct 5", () => {
    expect(brief("全年无安全事故的得10分，发生一般事故扣5分")).toEqual([
      ["全年无安全事故的得10分", "award", 10],
      ["发生一般事故扣5分", "deduct", 5],
    ]);
  });

  it("in either order, and keeps a lead-in with its award", () => {
    expect(brief("发生一般事故扣5分，全年无安全事故的得10分")).toEqual([
      ["发生一般事故扣5分", "deduct", 5],
      ["全年无安全事故的得10分", "award", 10],
    ]);
    expect(brief("查看记录，全年无事故得20分")).toEqual([["查看记录，全年无事故得20分", "award", 20]]);
  });
});

describe("a cell broken across lines", () => {
  it.each([
    ["党员中心户作用未充分\n发挥作用的扣2分", "党员中心户作用未充分发挥作用的扣2分", 2],
    ["学习积分\n不足的扣1分", "学习积分不足的扣1分", 1],
    ["工作十分\n不到位的扣2分", "工作十分不到位的扣2分", 2],
  ])("joins a line ending in a 分 that is not an amount: %s", (text, joined, amount) => {
    expect(brief(text)).toEqual([[joined, "deduct", amount]]);
  });

  it.each([
    ["未建立台账的扣2分\n未按时上报的扣1分", [["未建立台账的扣2分", "deduct", 2], ["未按时上报的扣1分", "deduct", 1]]],
    ["资料不全的扣两分\n会议没开扣1分", [["资料不全的扣两分", "deduct", 2], ["会议没开扣1分", "deduct", 1]]],
    ["未开展的不得分\n资料不全的扣1分", [["未开展的不得分", "zero", null], ["资料不全的扣1分", "deduct", 1]]],
    ["酌情扣分\n资料不全的扣1分", [["酌情扣分", "manual", null], ["资料不全的扣1分", "deduct", 1]]],
    ["全部完成的得满分\n资料不全的扣1分", [["全部完成的得满分", "manual", null], ["资料不全的扣1分", "deduct", 1]]],
    ["扣除本项全部分值\n资料不全的扣1分", [["扣除本项全部分值", "zero", null], ["资料不全的扣1分", "deduct", 1]]],
    ["经验被推广的奖1分(封顶1分)\n资料不全的扣1分", [["经验被推广的奖1分(封顶1分)", "bonus", 1], ["资料不全的扣1分", "deduct", 1]]],
  ])("ends a rule at a line ending in an amount: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

interface RubricClauseJson {
  text: string;
  kind: string;
  amount: number | null;
  unit?: string;
  except?: string[];
}

describe("the 2014 rubric's criteria texts", () => {
  const rubric = JSON.parse(readFileSync(join(__dirname, "../../rubrics/2014-sumu-town.json"), "utf8")) as {
    items: { name: string; criteria: string; clauses: RubricClauseJson[] }[];
  };

  it.each(rubric.items.map((item) => [item.name, item] as const))("%s parses into exactly the rubric's clauses", (_name, item) => {
    const parsed = parseCriteria(item.criteria);
    expect(parsed.rowCap).toBeUndefined();
    expect(parsed.clauses.map((c) => ({ text: c.text, kind: c.kind, amount: c.amount, unit: c.unit, except: c.except }))).toEqual(
      item.clauses.map((c) => ({ text: c.text, kind: c.kind, amount: c.amount, unit: c.unit, except: c.except })),
    );
    expect(parsed.clauses.every((c) => !c.unread)).toBe(true);
  });
});
