// Following the user's selection in WPS 表格: SheetSelectionChange on the fake ET object model.
import { WpsHost } from "../../src/wps";
import type { EtApplication } from "../../src/wps";
import { apiEventOf } from "../../src/wps/selection";
import type { CellSelection } from "../../src/host/scoringHost";
import { FakeApplication } from "./fakeEt";

function fake(): FakeApplication {
  return new FakeApplication([
    { name: "考核表", values: [["目标项目", "得分"]] },
    { name: "2024 年 'A' 卷", values: [["x"]] },
  ]);
}

describe("WpsHost.watchSelection", () => {
  it("reports the sheet and the top-left cell of the selected range", async () => {
    const app = fake();
    const host = new WpsHost(app as unknown as EtApplication);
    const seen: CellSelection[] = [];
    await host.watchSelection!((s) => seen.push(s));
    app.selectByUser("考核表", "C4:D9");
    app.selectByUser("2024 年 'A' 卷", "AB12");
    expect(seen).toEqual([
      { sheet: "考核表", cell: "C4" },
      { sheet: "2024 年 'A' 卷", cell: "AB12" },
    ]);
  });

  it("takes the active sheet when WPS passes no sheet", async () => {
    const app = fake();
    const host = new WpsHost(app as unknown as EtApplication);
    const seen: CellSelection[] = [];
    await host.watchSelection!((s) => seen.push(s));
    app.ActiveSheet = app.sheet("2024 年 'A' 卷");
    app.ApiEvent.fire("SheetSelectionChange", null, app.sheet("考核表").Range("B2"));
    expect(seen).toEqual([{ sheet: "2024 年 'A' 卷", cell: "B2" }]);
  });

  it("keeps one callback for several watchers, removed when the last one stops", async () => {
    const app = fake();
    const host = new WpsHost(app as unknown as EtApplication);
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = await host.watchSelection!((s) => first.push(s.cell));
    const stopSecond = await host.watchSelection!((s) => second.push(s.cell));
    expect(app.ApiEvent.listeners.get("SheetSelectionChange")).toHaveLength(1);
    app.selectByUser("考核表", "A1");
    stopFirst();
    stopFirst();
    app.selectByUser("考核表", "B2");
    expect(app.ApiEvent.listeners.get("SheetSelectionChange")).toHaveLength(1);
    stopSecond();
    app.selectByUser("考核表", "C3");
    expect(first).toEqual(["A1"]);
    expect(second).toEqual(["A1", "B2"]);
    expect(app.ApiEvent.listeners.has("SheetSelectionChange")).toBe(false);
    // Watching again after everyone stopped adds the callback again.
    await host.watchSelection!((s) => first.push(s.cell));
    app.selectByUser("考核表", "D4");
    expect(first).toEqual(["A1", "D4"]);
  });

  it("is absent when the page has no ApiEvent, and found on the wps global in builds that keep it there", () => {
    const app = fake() as unknown as { ApiEvent?: unknown };
    delete app.ApiEvent;
    const bare = app as unknown as EtApplication;
    expect(new WpsHost(bare).watchSelection).toBeUndefined();
    const events = { AddApiEventListener: () => undefined, RemoveApiEventListener: () => undefined };
    expect(apiEventOf(bare, { wps: { ApiEvent: events } })).toBe(events);
  });
});
