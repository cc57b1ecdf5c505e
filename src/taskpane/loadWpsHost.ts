// The WPS host in a chunk of its own: the Excel pane's first bundle does not carry it.
// Component tests replace this module (jest cannot run import() here).
export async function loadWpsHost(): Promise<typeof import("../wps/wpsHost.js").WpsHost> {
  const module = await import(/* webpackChunkName: "wps-host" */ "../wps/wpsHost.js");
  return module.WpsHost;
}
