// Windowing (@tanstack/react-virtual) in a chunk of its own, loaded when a sheet has enough items to need it: the
// pane's first bundle stays without it, and the sample's 11 items never load it.
// Component tests replace this module (jest cannot run import() here).
export async function loadVirtualRows(): Promise<{ default: typeof import("./VirtualRows.js").VirtualRows }> {
  const module = await import(/* webpackChunkName: "virtual-rows" */ "./VirtualRows.js");
  return { default: module.VirtualRows };
}
