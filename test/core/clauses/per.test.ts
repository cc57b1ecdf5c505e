import { recognizePer } from "../../../src/core/clauses/recognizers/per";
import { only, run } from "./recognise";

describe("recognizePer: an amount per occurrence, in any counting unit", () => {
  it.each([
    ["集中活动记录，少一次扣0.5分", 0.5, "次"],
    ["每项扣1分", 1, "项"],
    ["每差一例扣0.2分", 0.2, "例"],
    ["扣2分/次", 2, "次"],
    ["未达标每少1%扣0.5分", 0.5, "%"],
    ["1个嘎查活动场所面积未达到150平米标准的扣2分", 2, "个"],
    ["发现一处隐患扣1分", 1, "处"],
    ["发现一种扣2分", 2, "种"],
    ["未执行，一次扣1分", 1, "次"],
    ["凡隐瞒一起事故的扣1分", 1, "起"],
    ["每少一本扣1分", 1, "本"],
    ["每缺一人扣1分", 1, "人"],
    ["每发现1处扣0.5分", 0.5, "处"],
    ["每一处脚手架未设置防护的，扣3分", 3, "处"],
    ["每低3个百分点扣0.5分", 0.5, "个百分点"],
    ["每少一户扣0.5分", 0.5, "户"],
    ["发生1起恶性案件扣5分", 5, "起"],
    ["发生1起一般火灾或伤亡事故扣1分", 1, "起"],
    ["每发生一起安全事故扣2分", 2, "起"],
  ])("must match %s → %d per %s", (text, amount, unit) => {
    expect(run(recognizePer, text)).toMatchObject({ kind: "per", amount, unit });
  });

  it.each([
    "没制定发展党员工作计划的扣2分",
    "1月底前未上报的扣1分",
    "一人一档资料不全的扣2分",
    "每月召开一次例会，未召开的扣2分",
    "每年开展培训，未开展的扣1分",
    "资料不全的扣0.5分",
    "发生火灾的扣5分",
    "发生一般事故扣1分",
  ])("must not match %s", (text) => {
    expect(run(recognizePer, text)).toBeNull();
  });

  it("reads the step of a percentage threshold", () => {
    expect(run(recognizePer, "每低3个百分点扣0.5分")).toMatchObject({ step: 3, unit: "个百分点" });
    expect(run(recognizePer, "每少1人扣2分")?.step).toBeUndefined();
  });

  it("keeps the unit through the whole parser", () => {
    expect(only("每少一本扣1分")).toMatchObject({ kind: "per", amount: 1, unit: "本" });
    expect(only("一种扣2分，扣完为止")).toMatchObject({ kind: "per", amount: 2, unit: "种", untilExhausted: true });
  });
});
