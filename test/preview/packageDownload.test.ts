// 下载 of a workbook opened from a file writes the changed cells and 扣分明细 into that file's package: the parts
// the pane did not touch (an image, another sheet) come back byte for byte, which exceljs's rewrite does not do.
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { validateRubric } from "../../src/core";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { changedCells, changedLog } from "../../src/preview/packageDownload";
import { templateWorkbook } from "../../src/xlsx";
import rubricJson from "../../rubrics/2014-sumu-town.json";

// The exceljs chunk is a plain module here (jest cannot run import()).
jest.mock("../../src/preview/sample", () => {
  const actual = jest.requireActual("../../src/preview/sample");
  const sources = jest.requireActual("../../src/preview/workbookSources");
  return { ...actual, loadWorkbookSources: async () => sources };
});

const RUBRIC = validateRubric(rubricJson);
const SHEET = "嵯岗镇";
// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

async function fileWithImage(): Promise<Uint8Array> {
  const wb = templateWorkbook(RUBRIC, SHEET);
  const notes = wb.addWorksheet("说明");
  notes.getCell("A1").value = "本表由组织部制定";
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  notes.addImage(image, "B2:C4");
  // A part exceljs does not know (as another tool's add-in data would be): its rewrite drops it.
  const parts = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  parts["customXml/item1.xml"] = FOREIGN;
  return zipSync(parts);
}

const FOREIGN = strToU8('<?xml version="1.0" encoding="UTF-8"?><data xmlns="urn:example">保留</data>');

async function opened(bytes: Uint8Array): Promise<PreviewHost> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return new PreviewHost(wb, "zh", undefined, bytes);
}

function partsOf(bytes: ArrayBuffer | Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}

describe("下载 of an opened workbook", () => {
  it("keeps the image and the other sheet byte for byte and carries the scores and 扣分明细", async () => {
    const original = await fileWithImage();
    const host = await opened(original);
    const { grid } = await host.scan();
    await host.write({
      sheet: grid.name,
      writes: [
        { row: 4, col: 6, value: 10, previous: null },
        { row: 5, col: 6, value: 5, previous: null },
      ],
      addedScoreColumn: null,
      conflicts: [],
      log: [
        ["工作表", "目标项目"],
        [SHEET, "党员队伍建设"],
      ],
    });
    const downloaded = await host.toXlsx();

    const before = partsOf(original);
    const after = partsOf(downloaded);
    const media = Object.keys(before).filter((p) => p.startsWith("xl/media/"));
    expect(media.length).toBeGreaterThan(0);
    for (const part of media) expect(Buffer.from(after[part]).equals(Buffer.from(before[part]))).toBe(true);
    const drawings = Object.keys(before).filter((p) => p.startsWith("xl/drawings/"));
    expect(drawings.length).toBeGreaterThan(0);
    for (const part of drawings) expect(Buffer.from(after[part]).equals(Buffer.from(before[part]))).toBe(true);

    expect(after["customXml/item1.xml"]).toEqual(FOREIGN);
    expect(partsOf((await host.builtWorkbook!.xlsx.writeBuffer()) as ArrayBuffer)["customXml/item1.xml"]).toBeUndefined(); // what 下载 did before

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(downloaded);
    expect(back.getWorksheet(SHEET)!.getCell("F5").value).toBe(5);
    expect(back.getWorksheet(SHEET)!.getCell("F4").value).toBe(10);
    expect(back.getWorksheet("扣分明细")!.getCell("B2").value).toBe("党员队伍建设");
    expect(back.getWorksheet("说明")!.getCell("A1").value).toBe("本表由组织部制定");
  });

  it("after a fill and its undo, gives back the opened file's cells and no 扣分明细", async () => {
    const original = await fileWithImage();
    const host = await opened(original);
    const { grid } = await host.scan();
    const receipt = await host.write({
      sheet: grid.name,
      writes: [{ row: 5, col: 6, value: 5, previous: null }],
      addedScoreColumn: null,
      conflicts: [],
      log: [["工作表"], [SHEET]],
    });
    await host.undo(receipt);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await host.toXlsx());
    expect(back.getWorksheet(SHEET)!.getCell("F5").value).toBeNull();
    expect(back.getWorksheet("扣分明细")).toBeUndefined();
  });
});

describe("changedCells / changedLog", () => {
  const grid = (name: string, values: (string | number | null)[][], formulas?: (string | null)[][]) => ({ name, values, formulas });

  it("lists the constant cells that differ, a formula replaced by a value, and not recalculated formula results", () => {
    const opened = [
      grid(
        "表",
        [
          ["得分", null],
          [null, 30],
        ],
        [
          [null, null],
          [null, "=SUM(A1:A2)"],
        ],
      ),
      grid("扣分明细", [["工作表"]]),
    ];
    const now = [
      grid(
        "表",
        [
          ["得分", 9],
          [8, 31],
        ],
        [
          [null, null],
          [null, "=SUM(A1:A2)"],
        ],
      ),
      grid("扣分明细", [["工作表"]]),
    ];
    expect(changedCells(opened, now)).toEqual([
      {
        sheet: "表",
        cells: [
          { row: 1, col: 2, value: 9 },
          { row: 2, col: 1, value: 8 },
        ],
      },
    ]);
    const forced = [
      grid(
        "表",
        [
          ["得分", null],
          [null, 7],
        ],
        [
          [null, null],
          [null, null],
        ],
      ),
    ];
    expect(changedCells(opened, forced)).toEqual([{ sheet: "表", cells: [{ row: 2, col: 2, value: 7 }] }]);
    expect(changedLog(opened, now)).toBeNull();
    expect(changedLog(opened, [grid("扣分明细", [["工作表"], ["表"]])])).toEqual([["工作表"], ["表"]]);
    expect(changedLog([], [])).toBeNull();
  });
});
