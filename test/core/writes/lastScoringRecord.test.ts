import { LOG_HEADER, logRecordOf, type CellValue } from "../../../src/core";

function logRow(cells: Partial<Record<(typeof LOG_HEADER)[number], CellValue>>): CellValue[] {
  return LOG_HEADER.map((h) => cells[h] ?? "");
}

const finding = (sheet: string, assessor: string, time: string, unit = "嵯岗镇") =>
  logRow({
    工作表: sheet,
    被考核单位: unit,
    行号: 3,
    目标项目: "材料报送",
    条款序号: 1,
    类型: "扣分",
    次数: 1,
    评分人: assessor,
    时间: time,
  });

describe("logRecordOf: what the log says about a sheet's last scoring", () => {
  it("gives the unit and the last assessor and time of that sheet's rows, not another sheet's", () => {
    const log = [
      [...LOG_HEADER],
      finding("考核表", "张三", "2026-11-29 09:00:00 (UTC+8)"),
      finding("考核表", "李四", "2026-11-30 10:00:00 (UTC+8)"),
      finding("别的表", "王五", "2026-12-01 08:00:00 (UTC+8)", "宝日希勒镇"),
    ];
    expect(logRecordOf(log, "考核表")).toEqual({ hasRows: true, unit: "嵯岗镇", assessor: "李四", time: "2026-11-30 10:00:00 (UTC+8)" });
  });

  it("skips a （续） row, which only carries the rest of long texts", () => {
    const log = [
      [...LOG_HEADER],
      finding("考核表", "张三", "2026-11-30 09:00:00 (UTC+8)"),
      logRow({ 工作表: "考核表", 类型: "（续）", 备注: "续写的备注", 评分人: "续行里的字", 时间: "续行时间" }),
    ];
    expect(logRecordOf(log, "考核表")).toMatchObject({ assessor: "张三", time: "2026-11-30 09:00:00 (UTC+8)" });
  });

  it("finds the columns by their header wherever they are", () => {
    const header = ["时间", "评分人", "工作表", "行号", "目标项目", "类型"];
    const log: CellValue[][] = [header, ["2026-11-30 09:00:00 (UTC+8)", "张三", "考核表", 3, "材料报送", "已核查"]];
    expect(logRecordOf(log, "考核表")).toEqual({ hasRows: true, unit: "", assessor: "张三", time: "2026-11-30 09:00:00 (UTC+8)" });
  });

  it("says there is no record when the log has no rows for the sheet, or no log at all", () => {
    const none = { hasRows: false, unit: "", assessor: "", time: "" };
    expect(logRecordOf([[...LOG_HEADER], finding("别的表", "王五", "t")], "考核表")).toEqual(none);
    expect(logRecordOf([[...LOG_HEADER]], "考核表")).toEqual(none);
    expect(logRecordOf(null, "考核表")).toEqual(none);
  });
});
