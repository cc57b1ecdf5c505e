// The assessor's entries clause by clause: kept inside the limits scoring applies, and turned into findings.
import {
  amountLimit,
  clampInput,
  clampRowInput,
  clauseKey,
  countLimit,
  EMPTY_INPUT,
  findingsOf,
  inputsFromFindings,
  isReviewed,
  ROW_INPUT,
  typedScoreLimit,
  type ClauseInputs,
} from "../../../src/core";
import { scored, sheet } from "../scoring/sheet";

const model = sheet([
  ["档案", "每缺一份扣2分，最多扣3分", 10],
  ["会议", "每少一次扣1分，扣完为止", 5],
  ["宣传", "未宣传扣1分", 5],
  ["创新", "视情况扣1-3分", 5],
  ["特色", "获市级表彰加2分，最多加4分", 10],
]);
const [archive, meetings, publicity, innovation, award] = model.items;

describe("the limits of each clause", () => {
  it("counts a per clause up to where its cap or the row's points stop it", () => {
    expect(countLimit(archive.clauses[0], archive)).toBe(2);
    expect(countLimit(meetings.clauses[0], meetings)).toBe(5);
    expect(countLimit(meetings.clauses[0])).toBeNull();
  });

  it("stops a count exactly where scoring stops deducting", () => {
    for (const item of [archive, meetings]) {
      const limit = countLimit(item.clauses[0], item)!;
      const at = scored(model, [{ item: item.row, clause: 1, count: limit }]).items[item.index];
      const past = scored(model, [{ item: item.row, clause: 1, count: limit + 1 }]).items[item.index];
      const before = scored(model, [{ item: item.row, clause: 1, count: limit - 1 }]).items[item.index];
      expect(past.score).toBe(at.score);
      expect(before.score).toBeGreaterThan(at.score!);
    }
  });

  it("takes a range's top as the most its amount can be", () => {
    expect(innovation.clauses[0]).toMatchObject({ kind: "range", min: 1, max: 3 });
    expect(amountLimit(innovation.clauses[0], innovation)).toBe(3);
  });

  it("lets a typed score reach the row's points and its bonus room", () => {
    expect(typedScoreLimit(award)).toBe(14);
    expect(typedScoreLimit(publicity)).toBe(5);
  });
});

describe("clamping what the assessor enters", () => {
  it("keeps counts and amounts inside their limits", () => {
    expect(clampInput(archive.clauses[0], archive, { count: 9, amount: null, note: "" }).count).toBe(2);
    expect(clampInput(publicity.clauses[0], publicity, { count: 3, amount: null, note: "" }).count).toBe(1);
    expect(clampInput(innovation.clauses[0], innovation, { count: 0, amount: 7, note: "" })).toEqual({ count: 1, amount: 3, note: "" });
    expect(clampInput(innovation.clauses[0], innovation, { count: 0, amount: 0.5, note: "" })).toEqual({ count: 1, amount: 1, note: "" });
    expect(clampInput(innovation.clauses[0], innovation, { count: 1, amount: -2, note: "" })).toEqual({ count: 0, amount: 0, note: "" });
  });

  it("keeps a typed score within 0 and the row's limit, and 已核查 at 0 or 1", () => {
    expect(clampRowInput(award, { count: 4, amount: 20, note: "x" })).toEqual({ count: 1, amount: 14, note: "x" });
    expect(clampRowInput(award, { count: 0, amount: -1, note: "" })).toEqual({ count: 0, amount: 0, note: "" });
    expect(clampRowInput(award, { count: 0, amount: Number.NaN, note: "" }).amount).toBeNull();
  });
});

describe("entries as findings and back", () => {
  const inputs: ClauseInputs = {
    [clauseKey(archive, archive.clauses[0])]: { count: 2, amount: null, note: "缺两份" },
    [clauseKey(innovation, innovation.clauses[0])]: { count: 1, amount: 2, note: "" },
    [clauseKey(publicity, { index: ROW_INPUT })]: { count: 1, amount: null, note: "" },
    // A typed score without its reason is not yet a finding.
    [clauseKey(meetings, { index: ROW_INPUT })]: { count: 0, amount: 3, note: " " },
  };

  it("turns entries into findings in sheet order", () => {
    expect(findingsOf(model, inputs)).toEqual([
      { item: archive.row, clause: 1, count: 2, note: "缺两份" },
      { item: innovation.row, clause: 1, count: 1, amount: 2 },
    ]);
  });

  it("reads findings and 已核查 marks back into the same entries, counting what matches nothing", () => {
    const back = inputsFromFindings(model, findingsOf(model, inputs), [publicity.row, 99]);
    expect(back.unmatched).toBe(1);
    expect(back.inputs).toEqual({
      [clauseKey(archive, archive.clauses[0])]: { count: 2, amount: null, note: "缺两份" },
      [clauseKey(innovation, innovation.clauses[0])]: { count: 1, amount: 2, note: "" },
      [clauseKey(publicity, { index: ROW_INPUT })]: { count: 1, amount: null, note: "" },
    });
  });

  it("counts a row as looked at when marked, ticked or typed with a reason", () => {
    expect(model.items.map((item) => isReviewed(item, inputs))).toEqual([true, false, true, true, false]);
    expect(isReviewed(award, { [clauseKey(award, { index: ROW_INPUT })]: { ...EMPTY_INPUT, amount: 12, note: "表彰两次" } })).toBe(true);
  });
});
