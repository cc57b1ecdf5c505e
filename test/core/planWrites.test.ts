import { checkSheet, decodeLog, formatLogTime, LOG_HEADER, planWrites, resolveFindings, scoreSheet, type SheetModel } from "../../src/core";
import { FINDINGS_2014 } from "../fixtures/rubric2014";
import { clean2014, filled2014, messy2014, noScoreColumn2014 } from "../fixtures/workbooks";
import { model2014 } from "./sheets";

const meta = { assessor: "张三", time: "2026-11-27T10:00:00.000Z" };

function plan(model: SheetModel, force = false, existingLog: (string | number | null)[][] | null = null) {
  const { resolved } = resolveFindings(model, FINDINGS_2014.findings);
  const result = scoreSheet(model, resolved, "嵯岗镇");
  return planWrites(model, result, { force, existingLog, meta });
}

describe("planWrites", () => {
  it("fills every 得分 cell and the total of a blank sheet, and logs each finding", async () => {
    const model = await model2014(clean2014);
    const p = plan(model);
    expect(p.conflicts).toEqual([]);
    expect(p.writes.filter((w) => w.col === 6).map((w) => [w.row, w.value])).toEqual([
      [2, 10], [3, 7], [4, 9], [5, 5], [6, 5], [7, 3], [8, 10], [9, 10], [10, 0], [11, 10], [12, 6], [13, 75],
    ]);
    expect(p.log[0]).toEqual([...LOG_HEADER]);
    expect(p.log).toHaveLength(1 + FINDINGS_2014.findings.length);
    expect(p.log[1].slice(0, 8)).toEqual(["苏木镇考核", "嵯岗镇", 3, "党员队伍建设", 3, "党员信息库没有专门电脑的扣3分", "扣分", 1]);
  });

  it("keeps a total row's SUM formula", async () => {
    const model = await model2014(messy2014);
    const p = plan(model);
    expect(model.layout.total?.scoreFormula).toBe("=SUM(E4:E14)");
    expect(p.writes.some((w) => w.row === model.layout.total?.row)).toBe(false);
  });

  it("adds a 得分 column after the last one when the sheet has none", async () => {
    const model = await model2014(noScoreColumn2014);
    const p = plan(model);
    expect(p.addedScoreColumn).toBe(model.layout.lastColumn + 1);
    expect(p.writes[0]).toEqual({ row: 1, col: p.addedScoreColumn, value: "得分", previous: null });
  });

  it("does not overwrite a filled score that would change unless forced", async () => {
    const model = await model2014(filled2014);
    const held = plan(model);
    expect(held.conflicts.length).toBeGreaterThan(0);
    expect(held.conflicts[0]).toMatchObject({ severity: "error", code: "score-would-change" });
    const conflicted = new Set(held.conflicts.map((c) => c.cell));
    expect(held.writes.filter((w) => conflicted.has(`F${w.row}`))).toEqual([]);
    const forced = plan(model, true);
    expect(forced.conflicts).toEqual([]);
    expect(forced.writes.find((w) => w.row === 3 && w.col === 6)).toMatchObject({ value: 7 });
  });

  it("round-trips findings through the log sheet and keeps other sheets' rows", async () => {
    const model = await model2014(clean2014);
    const other = [[...LOG_HEADER], ["另一张表", "罕达盖苏木", 5, "某项", 1, "某条", "deduct", 1, "", -2, "", "", "李四", "t"]];
    const p = plan(model, false, other);
    expect(p.log[1][0]).toBe("另一张表");
    const decoded = decodeLog(p.log, "苏木镇考核");
    expect(decoded.unit).toBe("嵯岗镇");
    const again = resolveFindings(model, decoded.findings);
    expect(again.problems).toEqual([]);
    const rescored = scoreSheet(model, again.resolved, decoded.unit ?? null);
    expect(rescored.total).toBe(75);
    expect(decodeLog(p.log, "另一张表").findings).toEqual([{ item: 5, clause: 1 }]);
  });
});

describe("checkSheet", () => {
  it("reports text scores, out-of-range, blanks and a wrong total on a filled sheet", async () => {
    const model = await model2014(filled2014);
    const codes = checkSheet(model).map((p) => `${p.code}@${p.cell}`);
    expect(codes).toEqual(expect.arrayContaining(["score-as-text@F3", "score-out-of-range@F4", "score-blank@F7", "total-mismatch@F13"]));
  });

  it("finds nothing wrong with the template before scoring but blanks", async () => {
    const model = await model2014(clean2014);
    const problems = checkSheet(model);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(problems.filter((p) => p.code === "score-blank")).toHaveLength(11);
  });
});

describe("formatLogTime", () => {
  it("writes local time with its offset", () => {
    const text = formatLogTime(new Date(2026, 10, 28, 2, 42, 3));
    expect(text).toMatch(/^2026-11-28 02:42:03 \(UTC[+-]\d{1,2}(:\d\d)?\)$/);
  });
});
