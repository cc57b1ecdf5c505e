// Items marked 已核查 (checked, nothing found) are logged in 扣分明细 with the ticks, read back, and change no score.
import { CHECKED, decodeLog, inspectSheet, LOG_HEADER, planWrites, resolveFindings, scoreSheet } from "../../../src/core";
import type { CellValue, Finding } from "../../../src/core";
import { grid2014, SHEET } from "./grid2014";

const meta = { assessor: "张三", time: "2026-11-30 09:00:00 (UTC+8)" };
const col = (name: (typeof LOG_HEADER)[number]) => LOG_HEADER.indexOf(name);

function logFor(findings: Finding[], checked: number[] | undefined, existingLog?: CellValue[][]) {
  const model = inspectSheet(grid2014());
  const result = scoreSheet(model, resolveFindings(model, findings).resolved, "嵯岗镇");
  return { model, result, plan: planWrites(model, result, { meta, checked, existingLog }) };
}

describe("已核查 rows in 扣分明细", () => {
  it("one row per checked item after the findings: 类型 已核查, no clause, 分值变动 0", () => {
    const { plan } = logFor([{ item: "党员队伍建设", clause: "信息库" }], [2, 0]);
    expect(plan.log).toHaveLength(4);
    const marks = plan.log
      .slice(2)
      .map((r) => [
        r[col("行号")],
        r[col("目标项目")],
        r[col("类型")],
        r[col("条款序号")],
        r[col("评分标准条款")],
        r[col("分值变动")],
        r[col("评分人")],
      ]);
    expect(marks).toEqual([
      [2, "落实党组织书记抓党建责任制", "已核查", "", "", 0, "张三"],
      [4, "党员干部教育管理", "已核查", "", "", 0, "张三"],
    ]);
    expect(CHECKED).toBe("已核查");
  });

  it("decodeLog returns the checked items apart from the findings, and nothing is reported as unread", () => {
    const { plan, model } = logFor([{ item: "党员队伍建设", clause: "信息库" }], [0, 2]);
    const decoded = decodeLog(plan.log, SHEET, model);
    expect(decoded.checked).toEqual([2, 4]);
    expect(decoded.findings).toEqual([{ item: 3, clause: 3 }]);
    expect(decoded.problems).toEqual([]);
    // Without a model the logged rows are given as they are.
    expect(decodeLog(plan.log, SHEET).checked).toEqual([2, 4]);
  });

  it("a checked item follows its name when a row is inserted above it", () => {
    const { plan } = logFor([], [0]);
    const moved = inspectSheet(grid2014((rows) => [["新增项目", null, "未落实扣1分", null, 1, null], ...rows]));
    expect(decodeLog(plan.log, SHEET, moved).checked).toEqual([3]);
  });

  it("a checked item no longer on the sheet is reported, not dropped silently", () => {
    const { plan } = logFor([], [0]);
    plan.log[1]![col("目标项目")] = "已删除的项目";
    plan.log[1]![col("行号")] = 99;
    const decoded = decodeLog(plan.log, SHEET, inspectSheet(grid2014()));
    expect(decoded.checked).toEqual([]);
    expect(decoded.problems.map((p) => p.code)).toEqual(["log-finding-lost"]);
  });

  it("scoring from the log ignores the marks: same findings, same total as without them", () => {
    const findings: Finding[] = [{ item: "党员队伍建设", clause: "信息库" }];
    const { plan, model, result } = logFor(findings, [0, 1, 2]);
    const decoded = decodeLog(plan.log, SHEET, model);
    const again = scoreSheet(model, resolveFindings(model, decoded.findings).resolved, "嵯岗镇");
    expect(again.total).toBe(result.total);
    expect(again.items.map((s) => s.score)).toEqual(result.items.map((s) => s.score));
  });

  it("re-scoring replaces the sheet's marks: unchecking an item drops its row", () => {
    const first = logFor([], [0, 1]).plan.log;
    const { plan } = logFor([], [1], first);
    expect(plan.log.slice(1).map((r) => r[col("行号")])).toEqual([3]);
  });

  it("a caller that gives no marks (re-scoring a findings file) keeps the marks the log has", () => {
    const first = logFor([], [0, 1]).plan.log;
    const { plan } = logFor([{ item: "党员队伍建设", clause: "信息库" }], undefined, first);
    expect(plan.log.slice(1).map((r) => [r[col("行号")], r[col("类型")]])).toEqual([
      [3, "扣分"],
      [2, "已核查"],
      [3, "已核查"],
    ]);
  });
});
