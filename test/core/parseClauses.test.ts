import { parseClauses, parseCriteria } from "../../src/core/clauses/parseCriteria";

function only(text: string) {
  const clauses = parseClauses(text);
  expect(clauses).toHaveLength(1);
  return clauses[0];
}

describe("deduct: a fixed amount once", () => {
  it.each([
    ["没制定发展党员工作计划的扣2分", 2],
    ["无党员中心户带头领办、创办专业合作社扣2分", 2],
    ["党员未及时足额交纳党费的扣1.5分", 1.5],
    ["各扣1.5分", 1.5],
    ["资料不全扣15", 15],
    ["资料不全的扣5 分", 5],
    ["资料不全的扣０．５分", 0.5],
    ["资料不全的扣0。5分", 0.5],
    ["资料不全的扣两分", 2],
    ["资料不全的扣半分", 0.5],
    ["资料不全的，扣除2分", 2],
  ])("%s → %d", (text, amount) => {
    expect(only(text)).toMatchObject({ kind: "deduct", amount });
  });

  it.each(["折扣半分比", "按折扣后的分比计算", "查看相关档案材料"])("reads no deduction in %s", (text) => {
    const clause = only(text);
    expect(clause.kind).toBe("manual");
    expect(clause.unread).toBe(true);
    expect(clause.amount).toBeNull();
  });
});

describe("per: an amount per occurrence or unit", () => {
  it.each([
    ["集中活动记录，少一次扣0.5分", 0.5, "次"],
    ["每项扣1分", 1, "项"],
    ["每差一例扣0.2分", 0.2, "例"],
    ["扣2分/次", 2, "次"],
    ["未达标每少1%扣0.5分", 0.5, "%"],
    ["1个嘎查活动场所面积未达到150平米标准的扣2分", 2, "个"],
    ["1个社区办公活动场所面积没达标的扣2分", 2, "个"],
    ["发现一处隐患扣1分", 1, "处"],
  ])("%s → %d per %s", (text, amount, unit) => {
    expect(only(text)).toMatchObject({ kind: "per", amount, unit });
  });

  it("does not read 10月1日 or a plain deduction as per", () => {
    expect(only("没制定发展党员工作计划的扣2分").kind).toBe("deduct");
    expect(only("1月底前未上报的扣1分").kind).toBe("deduct");
  });

  it("reads tiers: 一次扣3分,两次扣5分,三次以上不得分", () => {
    const clause = only("一次扣3分，两次扣5分，三次以上不得分");
    expect(clause.kind).toBe("per");
    expect(clause.tiers).toEqual([
      { count: 1, amount: 3 },
      { count: 2, amount: 5 },
      { count: 3, amount: 0, orMore: true, zero: true },
    ]);
  });
});

describe("range, manual, zero, veto, bonus, award", () => {
  it.each([
    ["扣1-3分", 1, 3],
    ["酌情扣1～5分", 1, 5],
    ["视情况扣1至3分", 1, 3],
  ])("%s is a range %d..%d", (text, min, max) => {
    expect(only(text)).toMatchObject({ kind: "range", min, max });
  });

  it.each(["酌情扣分", "视情况扣分"])("%s is manual and readable", (text) => {
    const clause = only(text);
    expect(clause.kind).toBe("manual");
    expect(clause.unread).toBeUndefined();
  });

  it.each(["本项不得分", "未开展的不得分", "扣除本项全部分值", "本项得0分"])("%s zeroes the row", (text) => {
    expect(only(text).kind).toBe("zero");
  });

  it.each(["发生重大责任事故的一票否决", "本表100分扣完", "总得分为零"])("%s vetoes the sheet", (text) => {
    expect(only(text).kind).toBe("veto");
  });

  it("reads a bonus with its own cap", () => {
    expect(only("被评为先进的加1分")).toMatchObject({ kind: "bonus", amount: 1 });
    expect(only("经验被推广的奖1分(封顶1分)")).toMatchObject({ kind: "bonus", amount: 1, cap: 1 });
    expect(only("参加10分钟培训").kind).not.toBe("bonus");
  });

  it("reads positive wording as award", () => {
    expect(only("无事故得20分")).toMatchObject({ kind: "award", amount: 20 });
  });
});

describe("caps, exceptions and splitting", () => {
  it("keeps 扣完为止 and 最多扣 with their clause", () => {
    expect(only("每项扣1分，扣完为止")).toMatchObject({ kind: "per", untilExhausted: true });
    expect(only("少一次扣0.5分，最多扣1.5分")).toMatchObject({ kind: "per", cap: 1.5 });
    expect(only("每少一次扣0.5分，最多计3次")).toMatchObject({ kind: "per", maxCount: 3 });
    expect(only("每项扣1分，直至扣完分值为止")).toMatchObject({ untilExhausted: true });
  });

  it("reads a row cap written after the clauses", () => {
    const parsed = parseCriteria("A缺失扣2分；B缺失扣3分；本项最多扣4分");
    expect(parsed.clauses.map((c) => c.amount)).toEqual([2, 3]);
    expect(parsed.rowCap).toBe(4);
  });

  it("reads exceptions by unit", () => {
    const [first] = parseClauses("没有后进嘎查党组织转化整顿相关材料的扣2分（嵯岗、罕达盖除外）；软弱涣散党组织没能转化的扣3分");
    expect(first).toMatchObject({ kind: "deduct", amount: 2, except: ["嵯岗", "罕达盖"] });
  });

  it("splits the 2014 row 3 text into its seven rules, in order", () => {
    const clauses = parseClauses(
      "党员教育没计划、没制度的扣1分；集中活动记录，少一次扣0.5分；查看培训记录、学习笔记、心得体会，次数不够的扣1分；党员未及时足额交纳党费的扣1.5分；未建立党费台帐的扣1分；没召开民主生活会和没开展民主评议党员工作的扣2分；嘎查后备干部缺档案的扣2分。",
    );
    expect(clauses.map((c) => [c.index, c.kind, c.amount])).toEqual([
      [1, "deduct", 1],
      [2, "per", 0.5],
      [3, "deduct", 1],
      [4, "deduct", 1.5],
      [5, "deduct", 1],
      [6, "deduct", 2],
      [7, "deduct", 2],
    ]);
  });

  it("splits two deductions joined by a comma, but not a lead-in before one", () => {
    expect(parseClauses("苏木镇没建立便民服务大厅的扣2分，便民服务大厅作用发挥不好的扣2分").map((c) => c.amount)).toEqual([2, 2]);
    expect(parseClauses("查看培训记录、学习笔记，次数不够的扣1分")).toHaveLength(1);
  });

  it("joins a rule broken across lines (PDF paste) and splits numbered lines", () => {
    expect(parseClauses("党建工作计划和总结空洞的扣2\n分；会议材料不齐全的扣1分").map((c) => c.amount)).toEqual([2, 1]);
    expect(parseClauses("1、没有计划的扣1分\n2、没有总结的扣1分").map((c) => c.text)).toEqual(["没有计划的扣1分", "没有总结的扣1分"]);
  });

  it("never drops text: every rule becomes a clause", () => {
    expect(parseClauses("查看档案材料；没有计划的扣1分")).toHaveLength(2);
    expect(parseClauses("")).toEqual([]);
  });
});
