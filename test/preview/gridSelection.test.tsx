/** @jest-environment jsdom */
// Clicking a cell of the preview's grid is the user's selection: the host tells the pane's watchers which cell.
import { fireEvent, render, screen } from "@testing-library/react";
import ExcelJS from "exceljs";
import type { CellSelection } from "../../src/host/scoringHost";
import { PreviewHost } from "../../src/preview/PreviewHost";
import type { PreviewEvent } from "../../src/preview/PreviewHost";
import { WorkbookPanel } from "../../src/preview/WorkbookPanel";

function host(): PreviewHost {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("考核表");
  ws.addRow(["目标项目", "评分标准", "分值", "得分"]);
  ws.addRow(["组织建设", "没有制定计划的扣2分", 10, null]);
  ws.addRow([null, "少一次扣1分", null, null]);
  ws.mergeCells("A2:A3");
  workbook.addWorksheet("说明").addRow(["本表由组织部制定"]);
  return new PreviewHost(workbook, "zh");
}

function cell(address: string): HTMLElement {
  const found = screen.getByTestId("sheet-grid").querySelector<HTMLElement>(`[data-address="${address}"]`);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
}

it("reports a clicked cell, and a merged area by its top-left cell, to the watchers and the page", async () => {
  const preview = host();
  const seen: CellSelection[] = [];
  const events: PreviewEvent[] = [];
  preview.subscribe((event) => events.push(event));
  const stop = await preview.watchSelection((selection) => seen.push(selection));
  const grids = preview.grids();
  render(
    <WorkbookPanel
      host={preview}
      grids={grids}
      sheet="考核表"
      written={new Set()}
      selected={null}
      onSheet={() => undefined}
      onSelectCell={(sheet, address) => preview.selectByUser(sheet, address)}
    />,
  );
  fireEvent.click(cell("B3"));
  fireEvent.click(cell("A2"));
  expect(seen).toEqual([
    { sheet: "考核表", cell: "B3" },
    { sheet: "考核表", cell: "A2" },
  ]);
  expect(events).toEqual([
    { type: "selected", sheet: "考核表", address: "B3" },
    { type: "selected", sheet: "考核表", address: "A2" },
  ]);
  stop();
  fireEvent.click(cell("D2"));
  expect(seen).toHaveLength(2);
});

it("does not report the pane's own select, nor a sheet that is not there", async () => {
  const preview = host();
  const seen: CellSelection[] = [];
  await preview.watchSelection((selection) => seen.push(selection));
  await preview.select("考核表", "D2");
  preview.selectByUser("不存在", "A1");
  expect(seen).toEqual([]);
});
