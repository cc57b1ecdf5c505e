// Text stays text in Excel: strings Excel would parse are written with the apostrophe prefix, and a text constant
// starting with "=" is not read as a formula and is put back as text by undo.
import { needsTextPrefix, toExcelValue } from "../../src/excel/writeBlocks";
import { LOG_SHEET_NAME, logRows, SCORE_SHEET, scorePlan, setup } from "./helpers";
import { typedIn } from "./mockExcel";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

describe("text that Excel would parse is written with the apostrophe prefix", () => {
  it("decides generously which strings need the prefix", () => {
    for (const text of [
      "=计划未见",
      "+1",
      "-x",
      "@a",
      "1-2",
      "3/4",
      "001",
      "2023",
      "12:30",
      "5%",
      "１２",
      " 5",
      "(5)",
      "'引号",
      "#N/A",
      "TRUE",
      "false",
      "扣2分",
    ]) {
      expect([text, needsTextPrefix(text)]).toEqual([text, true]);
    }
    for (const text of ["目标项目", "deduct", "计划未见", "张三", ""]) expect([text, needsTextPrefix(text)]).toEqual([text, false]);
    expect(toExcelValue("=计划未见")).toBe("'=计划未见");
    expect(toExcelValue(null)).toBe("");
    expect(toExcelValue(10)).toBe(10);
    // the mock parses like Excel: without the prefix these would not stay text
    expect(typedIn("=计划未见").formula).toBe("=计划未见");
    expect(typedIn("001").value).toBe(1);
    expect(typeof typedIn("1-2").value).toBe("number");
    expect(typedIn("'2023").value).toBe("2023");
  });

  it("keeps notes and the log's sheet name as text (no formula, date or number)", async () => {
    const { excel, host, book } = setup();
    await host.scan();
    const plan = scorePlan(book);
    const notes = ["=计划未见", "1-2", "3/4", "001"];
    plan.writes.push(...notes.map((value, i) => ({ row: 4 + i, col: 7, value, previous: null })));
    plan.log = logRows([[5, "党员队伍建设", 2, "发展党员工作不规范、材料不齐全的扣5分", -5]]);
    plan.log[1][0] = "2023"; // a sheet named 2023 in the log's 工作表 column
    await host.write(plan);

    notes.forEach((note, i) => {
      expect(excel.cell(SCORE_SHEET, 4 + i, 7)).toBe(note);
      expect(excel.sheet(SCORE_SHEET).formulas[3 + i][6]).toBeNull();
    });
    expect(excel.cell(LOG_SHEET_NAME, 2, 1)).toBe("2023");
    expect(excel.cell(LOG_SHEET_NAME, 2, 14)).toBe("2026-11-27T10:00:00.000Z");
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe(5); // numbers stay numbers
  });
});

describe("a text constant starting with = is not a formula", () => {
  it("is not reported as a formula by scan, and undo puts it (and '007') back as text", async () => {
    const { excel, host, book } = setup();
    excel.userEdit(SCORE_SHEET, 4, 6, "=见附件");
    excel.userEdit(SCORE_SHEET, 5, 6, "007");
    const { grid } = await host.scan();
    expect(grid.values[3][5]).toBe("=见附件");
    expect(grid.formulas?.[3][5]).toBeNull();
    expect(grid.formulas?.[book.totalRow - 1][5]).toBe(`=SUM(F4:F${book.lastRow})`);

    const plan = scorePlan(book);
    plan.writes.push({ row: book.totalRow, col: 6, value: 95, previous: 0 }); // and a real formula replaced
    const receipt = await host.write(plan);
    expect(receipt.previous[0]).toEqual({ row: 4, col: 6, value: "=见附件" });
    expect(receipt.previous.at(-1)).toEqual({ row: book.totalRow, col: 6, value: `=SUM(F4:F${book.lastRow})`, formula: true });
    await host.undo(receipt);

    expect(excel.cell(SCORE_SHEET, 4, 6)).toBe("=见附件");
    expect(excel.sheet(SCORE_SHEET).formulas[3][5]).toBeNull();
    expect(excel.cell(SCORE_SHEET, 5, 6)).toBe("007");
    expect(excel.sheet(SCORE_SHEET).formulas[book.totalRow - 1][5]).toBe(`=SUM(F4:F${book.lastRow})`);
  });
});
