// The host contract over the WPS host, on the fake ET object model (test/wps/fakeEt.ts).
import type { CellValue } from "../../src/core";
import { WpsHost } from "../../src/wps";
import type { EtApplication } from "../../src/wps";
import type { DraftStore } from "../../src/host/scoringHost";
import { FakeApplication } from "../wps/fakeEt";
import { hostContract, type HostUnderTest, type WorkbookDescription } from "./contract";

class MemoryDrafts implements DraftStore {
  private readonly kept = new Map<string, string>();
  async load(sheet: string) {
    return this.kept.get(sheet) ?? null;
  }
  async save(sheet: string, draft: string) {
    this.kept.set(sheet, draft);
  }
  async clear(sheet: string) {
    this.kept.delete(sheet);
  }
}

function wpsHost(book: WorkbookDescription): HostUnderTest {
  const app = new FakeApplication(book.sheets.map((s) => ({ name: s.name, values: s.rows })));
  const host = new WpsHost(app as unknown as EtApplication, { drafts: new MemoryDrafts() });
  return {
    host,
    cell(sheet, row, col) {
      const cell = app.sheet(sheet).cell(row, col);
      return (cell?.formula ?? cell?.value ?? null) as CellValue;
    },
    edit: (sheet, row, col, value) => app.sheet(sheet).put(row, col, { value, formula: null }),
    protect: (sheet) => void (app.sheet(sheet).ProtectContents = true),
    removeSheet: (sheet) => void app.book.sheets.splice(app.book.sheets.indexOf(app.sheet(sheet)), 1),
    hasSheet: (sheet) => app.book.sheets.some((s) => s.Name === sheet),
    selectByUser: (sheet, cell) => app.selectByUser(sheet, cell),
  };
}

hostContract("wps", wpsHost);
