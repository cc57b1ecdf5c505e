import { maxDeduction } from "../../../src/core/clauses/clauseLimits";
import { only } from "./recognise";

describe("maxDeduction: the most a clause can take from a row", () => {
  it.each([
    ["没有计划的扣2分", 10, 2],
    ["每缺一人扣1分，最多计3人", 10, 3],
    ["每低3个百分点扣0.5分，最多计9个百分点", 10, 1.5],
    ["无事故得20分", 20, 20],
    ["无事故得10分，平指标得5分，超指标不得分", 10, 10],
    ["村民自治村计2分，合格村计1分", 2, 1],
    ["党员大会、支委会记录不全的各扣1分", 4, Infinity],
    ["每项扣1分", 10, Infinity],
  ])("%s on a %d-point row: %d", (text, points, most) => {
    expect(maxDeduction(only(text), points)).toBe(most);
  });
});
