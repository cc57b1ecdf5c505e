import { recognizeVeto } from "../../../src/core/clauses/recognizers/veto";
import { run } from "./recognise";

describe("recognizeVeto: the whole sheet scores 0", () => {
  it.each(["发生重大责任事故的一票否决", "本表100分扣完", "总得分为零", "考核总分计为0"])("must match %s", (text) => {
    expect(run(recognizeVeto, text)).toMatchObject({ kind: "veto" });
  });

  it.each(["本项不得分", "总得分为0.5分以上", "扣完为止"])("must not match %s", (text) => {
    expect(run(recognizeVeto, text)).toBeNull();
  });
});

describe("disqualification vetoes the sheet", () => {
  it("must match 取消评选资格", () => {
    expect(run(recognizeVeto, "重大以上火灾或重大责任伤亡事故取消评选资格")).toMatchObject({ kind: "veto" });
  });
});
