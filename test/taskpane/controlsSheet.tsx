// A small sheet with a level clause, a fixed and a per clause, rendered in the pane over PreviewHost.
import { render, screen, within } from "@testing-library/react";
import { Workbook } from "exceljs";
import type { CellValue } from "../../src/core";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import type { Language } from "../../src/taskpane/strings";

export const SHEET = "安全考核";
export const SAFETY = 2; // 安全生产: 无事故得10分，平指标得5分，超指标不得分 (10 points)
export const PAPERS = 3; // 材料报送: 材料不全扣2分；每迟报一次扣1分 (5 points)
export const TEAM = 4; // 队伍建设: 未建立台账扣3分 (5 points)

export function controlsWorkbook(): Workbook {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.addRows([
    ["目标项目", "评分标准", "分值", "得分"],
    ["安全生产", "无事故得10分，平指标得5分，超指标不得分", 10, null],
    ["材料报送", "材料不全扣2分；每迟报一次扣1分", 5, null],
    ["队伍建设", "未建立台账扣3分", 5, null],
    ["合计", null, 20, null],
  ]);
  return workbook;
}

export async function renderControls(workbook = controlsWorkbook(), language: Language = "zh") {
  const host = new PreviewHost(workbook, language);
  const view = render(<App host={host} language={language} theme="light" rubrics={[]} />);
  await screen.findByTestId(`item-${TEAM}`);
  return { host, view };
}

export function card(row: number) {
  return within(screen.getByTestId(`item-${row}`));
}

export function rowScore(row: number): string {
  return screen.getByTestId(`item-score-${row}`).textContent ?? "";
}

export function paneTotal(): string {
  return screen.getByTestId("total").textContent ?? "";
}

/** The workbook's 扣分明细 as values, header first. */
export function logValues(workbook: Workbook): CellValue[][] {
  const log = workbook.getWorksheet("扣分明细");
  if (!log) return [];
  const rows: CellValue[][] = [];
  log.eachRow((row) => rows.push((row.values as CellValue[]).slice(1).map((v) => v ?? null)));
  return rows;
}
