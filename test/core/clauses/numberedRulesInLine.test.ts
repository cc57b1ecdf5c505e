// Numbered rules written inside one line are split into rules, also after 为止 and 除外.
import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { splitRules } from "../../../src/core/clauses/splitRules";

const brief = (text: string) => parseClauses(text).map((c) => [c.text, c.kind, c.amount]);

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
    [
      "未建立台账的扣2分，1个嘎查未达标的扣2分",
      [
        ["未建立台账的扣2分", "deduct", 2],
        ["1个嘎查未达标的扣2分", "per", 2],
      ],
    ],
    [
      "扣0.5分，第1次未参加的扣1分",
      [
        ["扣0.5分", "deduct", 0.5],
        ["第1次未参加的扣1分", "deduct", 1],
      ],
    ],
    [
      "2014年12月31日前未上报的扣1分；2015.1.5前未整改的扣2分",
      [
        ["2014年12月31日前未上报的扣1分", "deduct", 1],
        ["2015.1.5前未整改的扣2分", "deduct", 2],
      ],
    ],
    [
      "未上报的扣1分，12.5%以下的扣2分",
      [
        ["未上报的扣1分", "deduct", 1],
        ["12.5%以下的扣2分", "deduct", 2],
      ],
    ],
  ])("does not take a count, an amount or a date for a number: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it("keeps splitRules' text as written", () => {
    expect(splitRules("（一）未建立台账的，扣２分（二）未按时上报的扣1分。")).toEqual(["未建立台账的，扣２分", "未按时上报的扣1分"]);
  });
});
