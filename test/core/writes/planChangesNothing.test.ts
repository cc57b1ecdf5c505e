import { LOG_HEADER, planChangesNothing, sameLog, type CellValue, type WritePlan } from "../../../src/core";

const HEADER: CellValue[] = [...LOG_HEADER];
const ROW: CellValue[] = [
  "考核表",
  "嵯岗镇",
  4,
  "党建",
  1,
  "未按时召开扣2分",
  "扣分",
  1,
  "",
  -2,
  "",
  "",
  "张三",
  "2026-11-30 09:00:00 (UTC+8)",
  "",
];

function plan(log: CellValue[][], writes: WritePlan["writes"] = []): WritePlan {
  return { sheet: "考核表", writes, addedScoreColumn: null, conflicts: [], log };
}

describe("planChangesNothing", () => {
  it("is true when nothing is written and the log already holds the same rows", () => {
    expect(planChangesNothing(plan([HEADER, ROW]), [HEADER, [...ROW]])).toBe(true);
  });

  it("reads blanks alike: null, empty text, cells missing at a row's end, blank rows after the log", () => {
    const readBack: CellValue[][] = [HEADER, ROW.map((v) => (v === "" ? null : v)).slice(0, 14), [null, "", null]];
    expect(planChangesNothing(plan([HEADER, ROW]), readBack)).toBe(true);
  });

  it("counts a header alone the same as no log sheet", () => {
    expect(planChangesNothing(plan([HEADER]), null)).toBe(true);
    expect(planChangesNothing(plan([HEADER]), [])).toBe(true);
  });

  it("is false when a cell is to be written", () => {
    expect(planChangesNothing(plan([HEADER, ROW], [{ row: 4, col: 6, value: 8, previous: 10 }]), [HEADER, ROW])).toBe(false);
  });

  it("is false when a log value differs: another time, a changed amount, a number that was text, a row more", () => {
    const at = (col: string, value: CellValue) => ROW.map((v, i) => (LOG_HEADER[i] === col ? value : v));
    expect(planChangesNothing(plan([HEADER, ROW]), [HEADER, at("时间", "2026-11-29 09:00:00 (UTC+8)")])).toBe(false);
    expect(planChangesNothing(plan([HEADER, ROW]), [HEADER, at("分值变动", -3)])).toBe(false);
    expect(planChangesNothing(plan([HEADER, ROW]), [HEADER, at("行号", "4")])).toBe(false);
    expect(planChangesNothing(plan([HEADER, ROW]), [HEADER, ROW, ROW])).toBe(false);
    expect(planChangesNothing(plan([HEADER, ROW]), null)).toBe(false);
  });
});

describe("sameLog", () => {
  it("compares numbers by value, not by how they print", () => {
    expect(sameLog([HEADER, [0.1 + 0.2]], [HEADER, [0.3]])).toBe(true);
    expect(sameLog([HEADER, [0.3]], [HEADER, [0.31]])).toBe(false);
  });
});
