import { recognizeZero } from "../../../src/core/clauses/recognizers/zero";
import { run } from "./recognise";

describe("recognizeZero: the row scores 0", () => {
  it.each(["本项不得分", "未开展的不得分", "扣除本项全部分值", "本项得0分", "该项分值全扣", "扣完本项分值"])("must match %s", (text) => {
    expect(run(recognizeZero, text)).toMatchObject({ kind: "zero", amount: null });
  });

  it.each(["得10分", "扣2分", "本项满分10分"])("must not match %s", (text) => {
    expect(run(recognizeZero, text)).toBeNull();
  });
});

describe("more ways to say the row scores 0", () => {
  it.each(["每条内容中缺项,扣除本条分值(下同)", "发生安全责任事故,全部扣完"])("%s", (text) => {
    expect(run(recognizeZero, text)).toMatchObject({ kind: "zero" });
  });
});
