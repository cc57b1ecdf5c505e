import { recognizeDeduct } from "../../../src/core/clauses/recognizers/deduct";
import { only, run } from "./recognise";

describe("recognizeDeduct: a fixed amount once", () => {
  it.each([
    ["没制定发展党员工作计划的扣2分", 2],
    ["资料不全扣15", 15],
    ["资料不全的扣0。5分", 0.5],
    ["资料不全的扣两分", 2],
    ["资料不全的，扣除2分", 2],
    ["未按规定佩戴安全帽的减1分", 1],
    ["安全技术交底不全的扣减3分", 3],
  ])("must match %s → %d", (text, amount) => {
    expect(run(recognizeDeduct, text)).toMatchObject({ kind: "deduct", amount });
  });

  it.each(["折扣半分比", "按折扣后的分比计算", "查看相关档案材料", "减少事故发生", "人数减少2名"])("must not match %s", (text) => {
    expect(run(recognizeDeduct, text)).toBeNull();
  });

  it("returns where the amount stands in the normalised rule", () => {
    expect(run(recognizeDeduct, "台账不全的扣2分")).toMatchObject({ start: 5, end: 8 });
  });

  it("marks 各扣 as once per case named, in the clause itself (scoring never re-reads the text)", () => {
    expect(only("党员大会、支委会记录不全的各扣1分")).toMatchObject({ kind: "deduct", amount: 1, each: true });
    expect(only("记录不全的扣1分").each).toBeUndefined();
  });
});
