import { parseClauses } from "../../../src/core/clauses/parseCriteria";
import { recognizeLevels } from "../../../src/core/clauses/recognizers/levels";
import { only, run } from "./recognise";

describe("recognizeLevels: a choice of levels, the assessor picks one", () => {
  it("must match 无事故得10分,平指标得5分,超指标不得分", () => {
    expect(only("无事故得10分，平指标得5分，超指标不得分")).toMatchObject({
      kind: "level",
      levels: [
        { label: "无事故", score: 10 },
        { label: "平指标", score: 5 },
        { label: "超指标", score: 0 },
      ],
    });
  });

  it("must match 村民自治村计2分,合格村计1分", () => {
    expect(run(recognizeLevels, "村民自治村计2分，合格村计1分")?.levels).toEqual([
      { label: "村民自治村", score: 2 },
      { label: "合格村", score: 1 },
    ]);
  });

  it.each([
    "无事故得20分",
    "资料齐全得2分，缺一项扣1分",
    "会议记录完整，得2分",
    "优秀得5分，良好得5分",
    "未开展的不得分，开展不规范的不得分",
  ])("must not match %s", (text) => {
    expect(run(recognizeLevels, text)).toBeNull();
  });
});

describe("levels written one per line", () => {
  it("reads 得满分 … 得2分 … 不得分 lines as one level clause", () => {
    const clause = only("有评价方案，原始记录详实，得满分\n有评价记录无方案，得2分\n有方案无记录，得1分\n无，不得分");
    expect(clause.kind).toBe("level");
    expect(clause.levels).toEqual([
      { label: "有评价方案,原始记录详实", score: 0, full: true },
      { label: "有评价记录无方案", score: 2 },
      { label: "有方案无记录", score: 1 },
      { label: "无", score: 0 },
    ]);
  });

  it("leaves sentences that each earn points as awards (they may add up)", () => {
    expect(parseClauses("年内发展1名以上新党员计2分。按时按标准收缴党费计2分(本项共计4分)。").map((c) => c.kind)).toEqual([
      "award",
      "award",
    ]);
  });
});

describe("levels listed in brackets", () => {
  it("must match 團結協作、核心作用強 20分(好20分,較好15分,一般10分,差0分)", () => {
    expect(only("團結協作、核心作用強 20分(好20分,較好15分,一般10分,差0分)")).toMatchObject({
      kind: "level",
      amount: 20,
      levels: [
        { label: "好", score: 20 },
        { label: "較好", score: 15 },
        { label: "一般", score: 10 },
        { label: "差", score: 0 },
      ],
    });
  });

  it.each(["工作落实(2014年度)", "资料(第1、2项)扣2分", "(每项1分,共3分)", "(次1分，个0.5分)"])("must not match %s", (text) => {
    expect(only(text).kind).not.toBe("level");
  });
});
