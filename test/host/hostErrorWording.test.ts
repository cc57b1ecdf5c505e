/** @jest-environment jsdom */
// A HostError carries its code and args, whichever host raised it; one table words it in Chinese or English, so the
// pane can show it in its own language whatever language the host was made with.
import ExcelJS from "exceljs";
import { ExcelHost } from "../../src/excel";
import { toHostError } from "../../src/excel/errors";
import { hostErrorInfo, hostErrorText } from "../../src/host/hostMessages";
import { HostError, type ScoringHost, type WriteReceipt } from "../../src/host/scoringHost";
import { PreviewHost, workbookCodeFailed } from "../../src/preview/PreviewHost";
import { WpsHost, type EtApplication } from "../../src/wps";
import { wpsFailed } from "../../src/wps/wpsErrors";
import { MockExcel } from "../excel/mockExcel";
import { FakeApplication } from "../wps/fakeEt";
import { contractBook, contractPlan, SHEET, type WorkbookDescription } from "./contract";

jest.mock("../../src/excel/loadWritePath", () => require("../excel/mockWritePath"));

interface Made {
  host: ScoringHost;
  protect(): void;
  edit(row: number, col: number, value: number): void;
}

function excelHost(book: WorkbookDescription, lang: "zh" | "en" = "zh"): Made {
  const excel = new MockExcel(
    book.sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => r.slice()), formulas: [], merges: [], protected: false })),
  );
  excel.install();
  return {
    host: new ExcelHost({ lang }),
    protect: () => void (excel.sheet(SHEET).protected = true),
    edit: (row, col, value) => excel.userEdit(SHEET, row, col, value),
  };
}

function wpsHost(book: WorkbookDescription): Made {
  const app = new FakeApplication(book.sheets.map((s) => ({ name: s.name, values: s.rows })));
  return {
    host: new WpsHost(app as unknown as EtApplication),
    protect: () => void (app.sheet(SHEET).ProtectContents = true),
    edit: (row, col, value) => app.sheet(SHEET).put(row, col, { value, formula: null }),
  };
}

function previewHost(book: WorkbookDescription): Made {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((value, c) => value !== null && (ws.getCell(r + 1, c + 1).value = value)));
  }
  const ws = () => workbook.getWorksheet(SHEET)!;
  return {
    host: new PreviewHost(workbook),
    protect: () => void ((ws() as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection = { sheet: true }),
    edit: (row, col, value) => void (ws().getCell(row, col).value = value),
  };
}

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`);
  return error;
}

const PROTECTED_ZH = "工作表“考核表”受保护，无法填写。请先撤销工作表保护（审阅 › 撤销工作表保护），再试一次。";
const PROTECTED_EN = 'Sheet "考核表" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.';

describe.each([
  ["Excel", excelHost],
  ["WPS", wpsHost],
  ["the preview", previewHost],
])("a HostError from %s", (_name, make) => {
  it("a protected sheet: code and args, worded in Chinese and in English", async () => {
    const t = make(contractBook());
    await t.host.scan();
    t.protect();
    const error = await rejection(t.host.write(contractPlan()));
    expect(hostErrorInfo(error)).toEqual({ code: "protected", args: { sheet: SHEET } });
    expect(error.message).toBe(PROTECTED_ZH);
    expect(hostErrorText(error, "zh")).toBe(PROTECTED_ZH);
    expect(hostErrorText(error, "en")).toBe(PROTECTED_EN);
  });

  it("undo refused after an edit: the sheet and the first edited cell", async () => {
    const t = make(contractBook());
    await t.host.scan();
    const receipt = await t.host.write(contractPlan());
    t.edit(4, 4, 7);
    const error = await rejection(t.host.undo(receipt));
    expect(hostErrorInfo(error)).toEqual({ code: "stale", args: { sheet: SHEET, after: "fill", cell: "D4" } });
    expect(hostErrorText(error, "zh")).toBe("工作表“考核表”在填写后又被修改过（如 D4），撤销会覆盖这些修改，因此没有撤销任何内容。");
    expect(hostErrorText(error, "en")).toBe(
      'Sheet "考核表" was edited after the scores were filled in (e.g. D4); undoing would overwrite those edits, so nothing was undone.',
    );
  });

  it("a receipt it did not make", async () => {
    const t = make(contractBook());
    await t.host.scan();
    const foreign: WriteReceipt = { sheet: SHEET, previous: [], previousLog: null };
    const error = await rejection(t.host.undo(foreign));
    expect(hostErrorInfo(error)).toEqual({ code: "failed", args: { reason: "foreign-receipt" } });
    expect(hostErrorText(error, "zh")).toBe("无法撤销：缺少本次填写的记录。请重新读取工作表。");
    expect(hostErrorText(error, "en")).toBe("Cannot undo: the record of this fill is missing. Read the sheet again.");
  });
});

describe("what only one host raises, named for that host", () => {
  it("Excel busy (a cell in edit mode)", () => {
    const error = toHostError({ code: "InvalidOperationInCellEditMode" }, "zh", "");
    expect(hostErrorInfo(error)).toEqual({ code: "busy", args: { host: "excel" } });
    expect(error.message).toBe("Excel 正忙（可能正在编辑单元格），请结束编辑后再试。");
    expect(hostErrorText(error, "en")).toBe("Excel is busy (a cell may be in edit mode). Finish editing and try again.");
  });

  it("an Excel failure with Office's code", () => {
    const error = toHostError({ code: "GeneralException" }, "en", "");
    expect(error.message).toBe("The Excel operation failed (GeneralException). Please try again.");
    expect(hostErrorText(error, "zh")).toBe("Excel 操作失败（GeneralException），工作簿可能未被修改。请重试。");
  });

  it("a WPS call that threw, with the text WPS gave", () => {
    const error = wpsFailed(new Error("RPC 断开"), "zh");
    expect(hostErrorInfo(error)).toEqual({ code: "failed", args: { reason: "operation", host: "wps", detail: "RPC 断开" } });
    expect(error.message).toBe("WPS 表格操作失败（RPC 断开），请重试。");
    expect(hostErrorText(error, "en")).toBe("The WPS Spreadsheets operation failed (RPC 断开). Please try again.");
  });

  it("the preview's workbook code that did not load", () => {
    const error = workbookCodeFailed("en");
    expect(error.message).toBe("The preview's workbook code did not load, so nothing was changed. Reload the page and try again.");
    expect(hostErrorText(error, "zh")).toBe("预览的工作簿组件未能加载，没有修改任何内容。请刷新页面后重试。");
  });
});

describe("the language a host was made with", () => {
  it("words error.message only: the pane can still word the code in Chinese", async () => {
    const t = excelHost(contractBook(), "en");
    const error = await rejection(t.host.scan("不存在"));
    expect(error.message).toBe('Sheet "不存在" was not found; it may have been deleted or renamed. Read the workbook again.');
    expect(hostErrorText(error, "zh")).toBe("找不到工作表“不存在”，它可能已被删除或改名。请重新读取。");
  });

  it("a HostError made with its text only is shown as it is", () => {
    const error = new HostError("failed", "写入到一半时出错。");
    expect(hostErrorInfo(error)).toBeUndefined();
    expect(hostErrorText(error, "en")).toBe("写入到一半时出错。");
  });
});
