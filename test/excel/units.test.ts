import { OfficeMockObject } from "office-addin-mock";
import { HostError } from "../../src/host/scoringHost";
import { hostError, toHostError } from "../../src/excel/errors";
import { parseAreasAddress } from "../../src/excel/mergedAreas";
import { contentGrid, padToA1, sameContent, toSheetGrid, withCells } from "../../src/excel/readGrid";
import { groupBlocks, rectangular, toExcelValues } from "../../src/excel/writeBlocks";
import { displayLanguage, officeTheme } from "../../src/excel/officeInfo";
import { supportsMergedAreas, supportsMinimumApi } from "../../src/excel/featureDetect";
import { MockExcel, MOCK_ERRORS } from "./mockExcel";
import { leakedMockErrors } from "./helpers";

describe("groupBlocks", () => {
  it("joins cells side by side and stacks equal runs in consecutive rows", () => {
    const cells = [
      { row: 4, col: 6, value: 10 },
      { row: 4, col: 7, value: "扣2分" },
      { row: 5, col: 6, value: 5 },
      { row: 5, col: 7, value: null },
      { row: 6, col: 6, value: 10 },
    ];
    expect(groupBlocks(cells)).toEqual([
      { top: 4, left: 6, values: [[10, "扣2分"], [5, null]] },
      { top: 6, left: 6, values: [[10]] },
    ]);
  });

  it("never covers a cell that is not written (a gap splits the block)", () => {
    const cells = [8, 4, 5, 6].map((row) => ({ row, col: 6, value: row }));
    expect(groupBlocks(cells)).toEqual([
      { top: 4, left: 6, values: [[4], [5], [6]] },
      { top: 8, left: 6, values: [[8]] },
    ]);
  });

  it("keeps one value per cell when a cell is listed twice", () => {
    expect(groupBlocks([{ row: 1, col: 1, value: 1 }, { row: 1, col: 1, value: 2 }])).toEqual([{ top: 1, left: 1, values: [[1]] }]);
  });
});

describe("rectangular and toExcelValues", () => {
  it("pads ragged rows and turns null into '' (null would leave the cell unchanged in Office.js)", () => {
    expect(toExcelValues(rectangular([["工作表", "行号"], ["表"]]))).toEqual([["工作表", "行号"], ["表", ""]]);
  });
});

describe("parseAreasAddress", () => {
  it("reads plain, quoted and $ addresses, single cells too", () => {
    expect(parseAreasAddress("Sheet1!A4:A6, 'My, sheet''s'!$B$4:$C$4, 考核表!F9")).toEqual([
      { top: 4, left: 1, bottom: 6, right: 1 },
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 9, left: 6, bottom: 9, right: 6 },
    ]);
  });

  it("reads columns past Z", () => {
    expect(parseAreasAddress("S!AA10:AB12")).toEqual([{ top: 10, left: 27, bottom: 12, right: 28 }]);
  });
});

describe("grids", () => {
  const snap = { rowIndex: 2, columnIndex: 1, values: [["目标项目", ""], ["合计", 100]], formulas: [["目标项目", ""], ["合计", "=SUM(C4:C14)"]] };

  it("pads the used range so that [0][0] is A1 and blanks are null", () => {
    const grid = toSheetGrid("表", snap);
    expect(grid.values).toEqual([[null, null, null], [null, null, null], [null, "目标项目", null], [null, "合计", 100]]);
    expect(grid.formulas?.[3]).toEqual([null, null, "=SUM(C4:C14)"]);
    expect(grid.merges).toBeUndefined();
    expect(padToA1([[1]], 0, 0, 0)).toEqual([[1]]);
  });

  it("compares content by formula text, ignoring trailing blanks", () => {
    const content = contentGrid(snap);
    expect(content[3][2]).toBe("=SUM(C4:C14)");
    expect(sameContent(content, [...content, [null, null]])).toBe(true);
    expect(sameContent(content, withCells(content, [{ row: 3, col: 3, value: 1 }]))).toBe(false);
    expect(withCells([], [{ row: 2, col: 2, value: "x" }])).toEqual([[], [null, "x"]]);
  });
});

describe("errors", () => {
  it("maps Office error codes to HostErrors with a user message", () => {
    const denied = toHostError(Object.assign(new Error("x"), { code: "AccessDenied" }), "zh", "评分表");
    expect(denied).toBeInstanceOf(HostError);
    expect(denied).toMatchObject({ code: "protected", message: expect.stringContaining("工作表“评分表”受保护") });
    expect(toHostError({ code: "InvalidOperationInCellEditMode" }, "en", "")).toMatchObject({ code: "busy", message: expect.stringMatching(/^Excel is busy/) });
    expect(toHostError({ code: "ItemNotFound" }, "zh", "表2")).toMatchObject({ code: "missing-sheet" });
    expect(toHostError(new TypeError("boom"), "zh", "")).toMatchObject({ code: "failed" });
    expect(toHostError(new TypeError("boom"), "zh", "").message).not.toContain("boom");
  });

  it("passes a HostError through unchanged", () => {
    const error = hostError("stale", "en", "S");
    expect(toHostError(error, "zh", "S")).toBe(error);
  });
});

describe("officeInfo and feature detection", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it("uses Chinese for zh-* and unknown languages, English otherwise", () => {
    expect(displayLanguage()).toBe("zh");
    new MockExcel([{ name: "s", values: [], formulas: [], merges: [], protected: false }]).install("zh-TW");
    expect(displayLanguage()).toBe("zh");
    new MockExcel([{ name: "s", values: [], formulas: [], merges: [], protected: false }]).install("en-US");
    expect(displayLanguage()).toBe("en");
  });

  it("follows Office's body background for the theme", () => {
    expect(officeTheme()).toBe("light");
    (globalThis as { Office?: unknown }).Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
    expect(officeTheme()).toBe("dark");
    (globalThis as { Office?: unknown }).Office = { context: { officeTheme: { bodyBackgroundColor: "#F3F3F3" } } };
    expect(officeTheme()).toBe("light");
  });

  it("asks Office for ExcelApi 1.13 before using merged areas", () => {
    expect(supportsMergedAreas()).toBe(false);
    new MockExcel([{ name: "s", values: [], formulas: [], merges: [], protected: false }], { mergedAreas: true, minor: 13 }).install();
    expect([supportsMergedAreas(), supportsMinimumApi()]).toEqual([true, true]);
    new MockExcel([{ name: "s", values: [], formulas: [], merges: [], protected: false }], { mergedAreas: false, minor: 8 }).install();
    expect([supportsMergedAreas(), supportsMinimumApi()]).toEqual([false, true]);
  });
});

describe("the mock makes a read without load + sync visible", () => {
  it("yields office-addin-mock's error strings, which leakedMockErrors finds", async () => {
    const range = new OfficeMockObject({ values: [["得分"]], rowIndex: 0 }) as unknown as { values: unknown; rowIndex: unknown; load: (p: string) => void; sync: () => Promise<void> };
    expect(range.values).toBe(MOCK_ERRORS[0]);
    range.load("values");
    expect(range.values).toBe(MOCK_ERRORS[1]);
    await range.sync();
    expect(range.values).toEqual([["得分"]]);
    expect(leakedMockErrors({ grid: { values: [[range.rowIndex]] } })).toEqual([MOCK_ERRORS[0]]);
  });
});
