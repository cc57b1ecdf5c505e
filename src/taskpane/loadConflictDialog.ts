// The overwrite dialog (and Fluent's Dialog with it) loads only when a fill would overwrite scores, which keeps
// the pane's initial JavaScript small. Component tests replace this module (jest cannot run import() here).
export async function loadConflictDialog(): Promise<{ default: typeof import("./ConflictDialog.js").ConflictDialog }> {
  const module = await import(/* webpackChunkName: "conflict-dialog" */ "./ConflictDialog.js");
  return { default: module.ConflictDialog };
}
