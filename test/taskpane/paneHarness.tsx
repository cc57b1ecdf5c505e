// Renders the pane over a real exceljs workbook (the 2014 sample made by templateWorkbook) through PreviewHost,
// the in-memory ScoringHost; tests spy on its methods.
import { render, screen, within } from "@testing-library/react";
import type { Workbook } from "exceljs";
import { validateRubric } from "../../src/core";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { App } from "../../src/taskpane/App";
import type { ThemeName } from "../../src/taskpane/PaneProviders";
import type { Language } from "../../src/taskpane/strings";
import { templateWorkbook } from "../../src/xlsx";
import rubricJson from "../../rubrics/2014-sumu-town.json";

export const RUBRIC = validateRubric(rubricJson);

/** The 2014 sheet for 嵯岗镇: header on row 3, items on rows 4–14, 得分 in column F, total on row 15. */
export function sampleWorkbook(): Workbook {
  return templateWorkbook(RUBRIC, "嵯岗镇");
}

export async function renderPane(workbook: Workbook, language: Language = "zh", theme: ThemeName = "light") {
  const host = new PreviewHost(workbook, language);
  const view = render(<App host={host} language={language} theme={theme} />);
  await screen.findByTestId("item-5");
  return { host, view };
}

export function total(): string {
  return screen.getByTestId("total").textContent ?? "";
}

export function itemScore(row: number): string {
  return screen.getByTestId(`item-score-${row}`).textContent ?? "";
}

export function item(row: number) {
  return within(screen.getByTestId(`item-${row}`));
}
