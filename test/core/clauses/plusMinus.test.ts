import { recognizePlusMinus } from "../../../src/core/clauses/recognizers/plusMinus";
import { only, run } from "./recognise";

describe("recognizePlusMinus: 加：/减： lines the assessor sizes", () => {
  it.each([
    ["加：满意度高于95%", "bonus"],
    ["加分：平时主动加班；节假日主动值班并未调休", "bonus"],
    ["减：满意度低于95%", "manual"],
    ["减：工作时间玩手机、看视频等做与工作无关的事；迟到、早退、旷工等", "manual"],
  ])("must match %s → %s with no amount", (text, kind) => {
    expect(run(recognizePlusMinus, text)).toMatchObject({ kind, amount: null });
    const clause = only(text);
    expect(clause).toMatchObject({ kind, amount: null });
    expect(clause.unread).toBeUndefined();
  });

  it.each(["加强管理", "减少事故", "参加：会议", "没有计划的扣2分"])("must not match %s", (text) => {
    expect(run(recognizePlusMinus, text)).toBeNull();
  });
});
