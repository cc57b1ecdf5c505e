// Re-scoring from 扣分明细 follows items by name and clause text, reads hand-typed values, and reports what it cannot.
import { decodeLog, inspectSheet, LOG_HEADER, planWrites, resolveFindings, scoreSheet } from "../../../src/core";
import type { CellValue, FindingsFile, SheetModel } from "../../../src/core";
import { FINDINGS_2014, NAMES_2014, SCORES_2014 } from "../../fixtures/rubric2014";
import { grid2014, SHEET } from "./grid2014";

const meta = { assessor: "张三", time: "t" };

function scored(model: SheetModel, findings: FindingsFile["findings"]) {
  const { resolved, problems } = resolveFindings(model, findings);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return scoreSheet(model, resolved, "嵯岗镇");
}

function logOf(findings = FINDINGS_2014.findings): CellValue[][] {
  const model = inspectSheet(grid2014());
  return planWrites(model, scored(model, findings), { meta }).log;
}

function scoresByName(model: SheetModel, findings: FindingsFile["findings"]): Record<string, number | null> {
  return Object.fromEntries(scored(model, findings).items.map((s) => [s.name, s.score]));
}

const EXPECTED = Object.fromEntries(NAMES_2014.map((n, i) => [n, SCORES_2014[i]]));
const col = (name: (typeof LOG_HEADER)[number]) => LOG_HEADER.indexOf(name);

describe("decodeLog with the sheet's model: findings follow their items", () => {
  it("a row inserted above the items: every finding lands on its own item, each move reported", () => {
    const log = logOf();
    const moved = inspectSheet(grid2014((rows) => [["新增项目", null, "未落实扣1分", null, 1, null], ...rows]));
    const decoded = decodeLog(log, SHEET, moved);
    expect(scoresByName(moved, decoded.findings)).toEqual({ ...EXPECTED, 新增项目: 1 });
    // One notice per item that moved (5 items hold the 7 findings).
    expect(decoded.problems.filter((p) => p.code === "log-finding-moved")).toHaveLength(5);
    expect(decoded.problems[0]?.message).toContain("第 3 行，该项目现在在第 4 行");

    // Without the model (the old way) the logged row 3 now holds the item above 党员队伍建设.
    const byRow = decodeLog(log, SHEET);
    expect(byRow.findings[0]?.item).toBe(3);
    expect(moved.items.find((it) => it.row === 3)?.name).toBe(NAMES_2014[0]);
    expect(decoded.findings[0]?.item).toBe(4);
  });

  it("a deleted item: its findings are reported as lost, the others still land right", () => {
    const log = logOf();
    const gone = inspectSheet(grid2014((rows) => rows.filter((r) => r[0] !== "党员干部教育管理")));
    const decoded = decodeLog(log, SHEET, gone);
    const expected: Record<string, number | null> = { ...EXPECTED };
    delete expected["党员干部教育管理"];
    expect(scoresByName(gone, decoded.findings)).toEqual(expected);
    const lost = decoded.problems.filter((p) => p.code === "log-finding-lost");
    expect(lost.map((p) => [p.severity, p.args?.item, p.args?.logRow])).toEqual([["warning", "党员干部教育管理", 3]]);
  });

  it("a clause whose text changed on the sheet is reported, not applied to whatever clause has its number now", () => {
    const log = logOf([{ item: "党员队伍建设", clause: "信息库" }]);
    const edited = inspectSheet(
      grid2014((rows) => rows.map((r) => (r[0] === "党员队伍建设" ? [r[0], r[1], "发展党员不规范的扣2分", r[3], r[4], null] : r))),
    );
    const decoded = decodeLog(log, SHEET, edited);
    expect(decoded.findings).toEqual([]);
    expect(decoded.problems.map((p) => p.code)).toEqual(["log-finding-lost"]);
  });
});

describe("decodeLog reads what people type into the log", () => {
  function edited(edit: (row: CellValue[]) => void): CellValue[][] {
    const log = logOf([{ item: "党员干部教育管理", clause: "少一次", count: 2 }]);
    edit(log[1]);
    return log;
  }

  it.each([
    ["第4行", 4],
    ["4", 4],
    ["４", 4],
  ])("行号 %s", (typed, row) => {
    const decoded = decodeLog(
      edited((r) => (r[col("行号")] = typed)),
      SHEET,
    );
    expect(decoded.findings[0]?.item).toBe(row);
    expect(decoded.problems).toEqual([]);
  });

  it.each([
    ["两次", 2],
    ["3次", 3],
    ["三", 3],
    [" 2 ", 2],
  ])("次数 %s", (typed, count) => {
    const model = inspectSheet(grid2014());
    const decoded = decodeLog(
      edited((r) => (r[col("次数")] = typed)),
      SHEET,
      model,
    );
    expect(decoded.findings).toEqual([{ item: 4, clause: 2, count }]);
  });

  it.each(["好几次", "2-3次", "x"])("次数 %s cannot be read: reported, the row not counted", (typed) => {
    const decoded = decodeLog(
      edited((r) => (r[col("次数")] = typed)),
      SHEET,
      inspectSheet(grid2014()),
    );
    expect(decoded.findings).toEqual([]);
    expect(decoded.problems.map((p) => [p.code, p.args?.column, p.args?.value])).toEqual([["log-value-unread", "次数", typed]]);
  });

  it("a typed 行号 that is not a row is reported", () => {
    const decoded = decodeLog(
      edited((r) => (r[col("行号")] = "第几行")),
      SHEET,
    );
    expect(decoded.problems.map((p) => p.code)).toEqual(["log-value-unread"]);
    expect(decoded.findings).toEqual([]);
  });
});
