// The 改分 / 直接打分 dialog (and Fluent's Dialog and Textarea with it) loads only when an assessor opens one, which
// keeps the pane's initial JavaScript small. Component tests replace this module (jest cannot run import() here).
export async function loadAmountReasonDialog(): Promise<{ default: typeof import("./AmountReasonDialog.js").AmountReasonDialog }> {
  const module = await import(/* webpackChunkName: "amount-reason-dialog" */ "./AmountReasonDialog.js");
  return { default: module.AmountReasonDialog };
}
