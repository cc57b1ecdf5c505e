// Every scoring remark is a code with args (AppliedFinding.why); its Chinese wording is the remark the log prints,
// and the same code words it in English.
import { REMARK_CODES, remarkMessage, type Remark } from "../../../src/core";
import { scored, sheet } from "./sheet";

describe("each remark code, in Chinese and in English", () => {
  const cases: [Remark, string, string][] = [
    [{ code: "count-limit", args: { max: 3, unit: "人" } }, "最多计 3 人", "counted at most 3 times"],
    [{ code: "count-limit", args: { max: 2 } }, "最多计 2 次", "counted at most 2 times"],
    [{ code: "points-limit", args: { cap: 3 } }, "本条最多扣 3 分", "this clause deducts at most 3 points"],
    [{ code: "points-limit", args: { cap: 1 } }, "本条最多扣 1 分", "this clause deducts at most 1 point"],
    [
      { code: "excepted", args: { unit: "嵯岗镇", except: ["嵯岗", "罕达盖"] } },
      "本条不适用于嵯岗镇（嵯岗、罕达盖除外）",
      "does not apply to 嵯岗镇 (嵯岗, 罕达盖 excepted)",
    ],
    [{ code: "tier-zero", args: {} }, "达到不得分档次", "reached the tier that scores 0"],
    [{ code: "zero", args: {} }, "本项不得分", "the item scores 0"],
    [{ code: "veto", args: {} }, "一票否决：总分为 0", "veto: the total is 0"],
    [{ code: "bonus-limit", args: { cap: 0.5 } }, "加分封顶 0.5 分", "the bonus is capped at 0.5 points"],
    [{ code: "award-missed", args: {} }, "未达到得分条件", "the condition for these points was not met"],
    [{ code: "level-chosen", args: { label: "合格村", score: 1 } }, "选择“合格村”1 分", "chose “合格村”: 1 point"],
    [{ code: "row-cut", args: { by: "points" } }, "已扣满", "the item had no points left"],
    [{ code: "row-cut", args: { by: "bonus" } }, "已扣满", "the item's bonus room was used up"],
    [{ code: "sheet-vetoed", args: {} }, "一票否决：全表得分为 0", "veto: the whole sheet scores 0"],
    [
      { code: "best-only", args: { rule: "后3项积分不累加", kept: "安全标准化" } },
      "后3项积分不累加：只计“安全标准化”",
      "后3项积分不累加: only “安全标准化” counts",
    ],
  ];

  it.each(cases)("%j", (remark, zh, en) => {
    expect(remarkMessage(remark, "zh")).toBe(zh);
    expect(remarkMessage(remark, "en")).toBe(en);
  });

  it("covers every code", () => {
    expect(new Set(cases.map(([r]) => r.code))).toEqual(new Set(REMARK_CODES));
  });
});

describe("the engine stores the code beside its Chinese remark", () => {
  const model = sheet([
    ["人员", "每缺一人扣1分，最多计3人", 5],
    ["台账", "每项扣1分，最多扣3分", 5],
    ["后进", "1个嘎查活动场所面积不达标的扣2分(嵯岗、罕达盖除外)", 10],
    ["会议", "一次扣3分，两次扣5分，三次以上不得分", 10],
    ["档案", "档案缺失的扣2分；未开展的不得分", 10],
    ["创新", "被评为先进的加1分", 10],
    ["资料", "计划齐全得2分；总结齐全得3分", 5],
    ["村民自治", "村民自治村计2分，合格村计1分", 2],
    ["场所", "1个嘎查活动场所面积不达标的扣2分", 10],
    ["加分", "每超额完成一例奖一分；获表彰加2分", 0],
  ]);

  it("one code per kind of remark, worded in Chinese as the log prints it", () => {
    const result = scored(
      model,
      [
        { item: "人员", clause: 1, count: 5 },
        { item: "台账", clause: 1, count: 4 },
        { item: "后进", clause: 1 },
        { item: "会议", clause: 1, count: 3 },
        { item: "档案", clause: "不得分" },
        { item: "创新", clause: 1, count: 20 },
        { item: "资料", clause: 2 },
        { item: "村民自治", clause: "合格村" },
        { item: "场所", clause: 1, count: 6 },
        { item: "加分", clause: 1, count: 3 },
        { item: "加分", clause: 2 },
      ],
      "嵯岗镇",
    );
    expect(result.applied.map((f) => [f.why, f.remark])).toEqual([
      [{ code: "count-limit", args: { max: 3, unit: "人" } }, "最多计 3 人"],
      [{ code: "points-limit", args: { cap: 3 } }, "本条最多扣 3 分"],
      [{ code: "excepted", args: { unit: "嵯岗镇", except: ["嵯岗", "罕达盖"] } }, "本条不适用于嵯岗镇（嵯岗、罕达盖除外）"],
      [{ code: "tier-zero", args: {} }, "达到不得分档次"],
      [{ code: "zero", args: {} }, "本项不得分"],
      [{ code: "bonus-limit", args: { cap: 10 } }, "加分封顶 10 分"],
      [{ code: "award-missed", args: {} }, "未达到得分条件"],
      [{ code: "level-chosen", args: { label: "合格村", score: 1 } }, "选择“合格村”1 分"],
      [{ code: "row-cut", args: { by: "points" } }, "已扣满"],
      [{ code: "bonus-limit", args: { cap: 1 } }, "加分封顶 1 分"],
      [{ code: "row-cut", args: { by: "bonus" } }, "已扣满"],
    ]);
    expect(result.applied.map((f) => remarkMessage(f.why!, "en"))).toEqual([
      "counted at most 3 times",
      "this clause deducts at most 3 points",
      "does not apply to 嵯岗镇 (嵯岗, 罕达盖 excepted)",
      "reached the tier that scores 0",
      "the item scores 0",
      "the bonus is capped at 10 points",
      "the condition for these points was not met",
      "chose “合格村”: 1 point",
      "the item had no points left",
      "the bonus is capped at 1 point",
      "the item's bonus room was used up",
    ]);
  });

  it("a veto, and no code where the finding counted in full", () => {
    const vetoModel = sheet([
      ["安全", "发生重大责任事故的一票否决", 10],
      ["记录", "记录不全的扣1分", 5],
    ]);
    const result = scored(vetoModel, [
      { item: "安全", clause: 1 },
      { item: "记录", clause: 1 },
    ]);
    expect(result.applied.map((f) => [f.why, f.remark])).toEqual([
      [{ code: "veto", args: {} }, "一票否决：总分为 0"],
      [undefined, ""],
    ]);
    expect(result.applied[1]).not.toHaveProperty("why");
    expect(result.items[1].explanation).toBe("记录不全的扣1分（扣1分）；一票否决：全表得分为 0");
  });
});
