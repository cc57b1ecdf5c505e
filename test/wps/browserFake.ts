// Bundled for the browser test (test/e2e/wps.test.ts): installs the fake ET object model as WPS's globals before
// the pane's scripts run, over the sheets the test put in window.__kaoheFakeSheets.
import { FakeApplication, wpsGlobals } from "./fakeEt";
import type { FakeSheetInit } from "./fakeEt";

const scope = window as unknown as { __kaoheFakeSheets?: FakeSheetInit[]; wps?: unknown };
const app = new FakeApplication(scope.__kaoheFakeSheets ?? []);
scope.wps = wpsGlobals(app).wps;
