/** @jest-environment jsdom */
// The units view over the WPS host (fake ET): three unit sheets of the 2014 rubric, two scored through the core;
// a fourth created from one of them; 生成汇总 writes 汇总 (formulas to the unit sheets, ranks, grades, a column
// chart), 失分分析 and 反馈单 (one unit per printed page).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { formatLogTime, inspectSheet, planWrites, resolveFindings, scoreSheet, validateRubric } from "../../src/core";
import type { CellValue, Finding, SheetGrid } from "../../src/core";
import { PaneProviders } from "../../src/taskpane/PaneProviders";
import { UnitsView } from "../../src/taskpane/units/UnitsView";
import { WpsHost } from "../../src/wps";
import type { EtApplication } from "../../src/wps";
import { templateGrid } from "../../src/xlsx/templateLayout";
import rubricJson from "../../rubrics/2014-sumu-town.json";
import { FakeApplication } from "./fakeEt";

const RUBRIC = validateRubric(rubricJson);

function scored(unit: string, log: CellValue[][] | null, findings: Finding[]): { grid: SheetGrid; log: CellValue[][] } {
  const grid = { ...templateGrid(RUBRIC, unit), name: unit };
  if (findings.length === 0) return { grid, log: log ?? [] };
  const model = inspectSheet(grid);
  const { resolved } = resolveFindings(model, findings);
  const plan = planWrites(model, scoreSheet(model, resolved, unit), { existingLog: log, meta: { assessor: "李四", time: formatLogTime(new Date(2026, 10, 30)) } });
  for (const w of plan.writes) grid.values[w.row - 1][w.col - 1] = w.value;
  return { grid, log: plan.log };
}

function fakeWorkbook(): FakeApplication {
  const a = scored("嵯岗镇", null, [{ item: "党员队伍建设", clause: "发展党员工作不规范" }]); // 95
  const b = scored("罕达盖苏木", a.log, [{ item: "后进嘎查", clause: "150平米", count: 6 }]); // 90
  const c = scored("阿木古郎镇", b.log, []);
  return new FakeApplication([
    { name: a.grid.name, values: a.grid.values, merges: a.grid.merges },
    { name: b.grid.name, values: b.grid.values, merges: b.grid.merges },
    { name: c.grid.name, values: c.grid.values, merges: c.grid.merges },
    { name: "扣分明细", values: b.log },
  ]);
}

function renderUnits(app: FakeApplication, onOpen = jest.fn()) {
  const host = new WpsHost(app as unknown as EtApplication);
  render(
    <PaneProviders language="zh" theme="light">
      <UnitsView workbook={host.workbook} currentSheet="嵯岗镇" onOpen={onOpen} />
    </PaneProviders>,
  );
  return onOpen;
}

it("lists the units with their state, total, rank and grade, and opens one for scoring", async () => {
  const app = fakeWorkbook();
  const onOpen = renderUnits(app);
  const first = within(await screen.findByTestId("unit-嵯岗镇"));
  expect(first.getByText("已评")).toBeTruthy();
  expect(first.getByTestId("unit-total").textContent).toBe("95 / 100");
  expect(first.getByTestId("unit-grade").textContent).toBe("第 1 名 · 优秀");
  expect(within(screen.getByTestId("unit-罕达盖苏木")).getByTestId("unit-grade").textContent).toBe("第 2 名 · 优秀");
  expect(within(screen.getByTestId("unit-阿木古郎镇")).getByText("未评")).toBeTruthy();
  fireEvent.click(within(screen.getByTestId("unit-阿木古郎镇")).getByRole("button", { name: "评分" }));
  expect(onOpen).toHaveBeenCalledWith("阿木古郎镇");
});

it("creates a unit sheet from the current one, with the unit filled in and the scores cleared", async () => {
  const app = fakeWorkbook();
  renderUnits(app);
  await screen.findByTestId("unit-嵯岗镇");
  fireEvent.change(screen.getByLabelText("单位名称"), { target: { value: "新华社区" } });
  fireEvent.click(screen.getByRole("button", { name: "新建" }));
  const made = within(await screen.findByTestId("unit-新华社区"));
  expect(made.getByText("未评")).toBeTruthy();
  const sheet = app.sheet("新华社区");
  expect(sheet.cell(2, 1)?.value).toBe("被考核单位：新华社区　考核时间：");
  expect(sheet.cell(5, 6)).toBeUndefined(); // 嵯岗镇's 5 was cleared
  expect(app.sheet("嵯岗镇").cell(5, 6)?.value).toBe(5);
});

it("writes 汇总 with formulas to the unit sheets and a chart, 失分分析 and 反馈单", async () => {
  const app = fakeWorkbook();
  renderUnits(app);
  await screen.findByTestId("unit-嵯岗镇");
  fireEvent.click(screen.getByRole("button", { name: "生成汇总" }));
  await screen.findByText("已生成汇总：2 个单位，1 个未评或有问题的单位未计入。");
  expect(app.book.sheets.map((s) => s.Name).slice(-3)).toEqual(["汇总", "失分分析", "反馈单"]);
  const summary = app.sheet("汇总");
  expect(summary.cell(3, 2)?.value).toBe("嵯岗镇");
  expect(summary.cell(3, 4)?.formula).toBe("='嵯岗镇'!F5");
  expect(summary.cell(4, 2)?.value).toBe("罕达盖苏木");
  expect(summary.charts).toHaveLength(1);
  expect(summary.charts[0].series[0]).toMatchObject({ Name: "总分" });
  expect(summary.PageSetup).toEqual({ PrintTitleRows: "$2:$2", Orientation: 2 });
  const feedback = app.sheet("反馈单");
  expect(feedback.pageBreaks).toHaveLength(1);
  expect([...feedback.cells.values()].some((c) => String(c.value).includes("发展党员工作不规范"))).toBe(true);
  // a second run replaces the sheets instead of adding more
  fireEvent.click(await screen.findByRole("button", { name: "重新汇总" }));
  await waitFor(() => expect(screen.queryByText(/正在处理/)).toBeNull());
  await screen.findByText(/已生成汇总/);
  expect(app.book.sheets.filter((s) => s.Name === "汇总")).toHaveLength(1);
});
