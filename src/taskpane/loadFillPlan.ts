// The fill's planning (fillPlan.ts) loads in the background once the first sheet is read, or on the first fill:
// the pane's start needs only the scan. Tests replace this module with test/taskpane/mockFillPlan.ts (jest cannot
// run import() here): jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
export type FillPlanning = typeof import("./fillPlan.js");

let loading: Promise<FillPlanning> | null = null;

export function loadFillPlan(): Promise<FillPlanning> {
  if (!loading) {
    loading = import(/* webpackChunkName: "fill-plan" */ "./fillPlan.js");
    loading.catch(() => (loading = null)); // a later fill may load it
  }
  return loading;
}
