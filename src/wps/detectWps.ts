// Finds WPS 表格's application object in the page a WPS 加载项 task pane loads: `wps.EtApplication()` in
// current builds, a global `Application` with Worksheets in others. Office.js is not involved.
import type { EtApplication } from "./etModel";

interface WpsGlobals {
  wps?: { EtApplication?: () => EtApplication | null | undefined };
  Application?: unknown;
}

export function findEtApplication(scope: unknown = globalThis): EtApplication | null {
  const g = scope as WpsGlobals;
  try {
    const fromWps = typeof g.wps?.EtApplication === "function" ? g.wps.EtApplication() : null;
    if (fromWps) return fromWps;
  } catch {
    // Not ET (the writer or presentation app answers differently): fall through.
  }
  const app = g.Application as Partial<EtApplication> | undefined;
  if (app && typeof app === "object" && "ActiveWorkbook" in app) return app as EtApplication;
  return null;
}
