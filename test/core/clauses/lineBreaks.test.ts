// A cell broken across lines: a line ending in a 分 that is no amount is joined; a line ending in an amount ends a rule.
import { parseClauses } from "../../../src/core/clauses/parseCriteria";

const brief = (text: string) => parseClauses(text).map((c) => [c.text, c.kind, c.amount]);

describe("a cell broken across lines", () => {
  it.each([
    ["党员中心户作用未充分\n发挥作用的扣2分", "党员中心户作用未充分发挥作用的扣2分", 2],
    ["学习积分\n不足的扣1分", "学习积分不足的扣1分", 1],
    ["工作十分\n不到位的扣2分", "工作十分不到位的扣2分", 2],
  ])("joins a line ending in a 分 that is not an amount: %s", (text, joined, amount) => {
    expect(brief(text)).toEqual([[joined, "deduct", amount]]);
  });

  it.each([
    [
      "未建立台账的扣2分\n未按时上报的扣1分",
      [
        ["未建立台账的扣2分", "deduct", 2],
        ["未按时上报的扣1分", "deduct", 1],
      ],
    ],
    [
      "资料不全的扣两分\n会议没开扣1分",
      [
        ["资料不全的扣两分", "deduct", 2],
        ["会议没开扣1分", "deduct", 1],
      ],
    ],
    [
      "未开展的不得分\n资料不全的扣1分",
      [
        ["未开展的不得分", "zero", null],
        ["资料不全的扣1分", "deduct", 1],
      ],
    ],
    [
      "酌情扣分\n资料不全的扣1分",
      [
        ["酌情扣分", "manual", null],
        ["资料不全的扣1分", "deduct", 1],
      ],
    ],
    [
      "全部完成的得满分\n资料不全的扣1分",
      [
        ["全部完成的得满分", "manual", null],
        ["资料不全的扣1分", "deduct", 1],
      ],
    ],
    [
      "扣除本项全部分值\n资料不全的扣1分",
      [
        ["扣除本项全部分值", "zero", null],
        ["资料不全的扣1分", "deduct", 1],
      ],
    ],
    [
      "经验被推广的奖1分(封顶1分)\n资料不全的扣1分",
      [
        ["经验被推广的奖1分(封顶1分)", "bonus", 1],
        ["资料不全的扣1分", "deduct", 1],
      ],
    ],
  ])("ends a rule at a line ending in an amount: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
