// The units view (unit sheets, 汇总, 失分分析, 反馈单) in a chunk of its own, loaded when its tab is first opened:
// the pane's first bundle stays free of it and of the assessment code it brings.
// Component tests replace this module (jest cannot run import() here).
export async function loadUnitsView(): Promise<{ default: typeof import("./units/UnitsView.js").UnitsView }> {
  const module = await import(/* webpackChunkName: "units-view" */ "./units/UnitsView.js");
  return { default: module.UnitsView };
}
