// Loaded on demand, in the same chunk as the overwrite dialog (Fluent's Dialog stays out of the first bundle).
// Component tests replace this module (jest cannot run import() here).
export async function loadConfirmDialog(): Promise<{ default: typeof import("./ConfirmDialog.js").ConfirmDialog }> {
  const module = await import(/* webpackChunkName: "conflict-dialog" */ "./ConfirmDialog.js");
  return { default: module.ConfirmDialog };
}
