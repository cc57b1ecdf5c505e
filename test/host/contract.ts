// One suite for every ScoringHost: the same workbook, the same calls, the same answers and HostError codes.
// A host joins by giving a factory: a workbook description in, the host and a way to edit its cells "by hand" out.
import { LOG_HEADER, LOG_SHEET_NAME } from "../../src/core";
import type { CellValue, WritePlan } from "../../src/core";
import { HostError } from "../../src/host/scoringHost";
import type { CellSelection, ScoringHost, WriteReceipt } from "../../src/host/scoringHost";

/** A workbook as plain values: sheets in order, rows[r][c] the cell at row r+1, column c+1. */
export interface WorkbookDescription {
  sheets: { name: string; rows: CellValue[][] }[];
}

export interface HostUnderTest {
  host: ScoringHost;
  /** What a cell holds now (a formula as "=…"). */
  cell(sheet: string, row: number, col: number): CellValue;
  /** The user (or a co-author) types into a cell, outside the host. */
  edit(sheet: string, row: number, col: number, value: CellValue): void;
  protect(sheet: string): void;
  removeSheet(sheet: string): void;
  /** Whether the workbook has a sheet of that name. */
  hasSheet(sheet: string): boolean;
  /** The user selects a cell (A1) on a sheet in the host's own UI (Excel's grid, WPS's, the preview page's). */
  selectByUser(sheet: string, cell: string): Promise<void> | void;
  /**
   * Makes a co-author's edit land after the host's next write has checked the sheet and before it writes.
   * Only hosts that can be edited by others while they write (Excel on the web) give it.
   */
  editDuringWrite?(sheet: string, row: number, col: number, value: CellValue): void;
}

export type HostFactory = (book: WorkbookDescription) => Promise<HostUnderTest> | HostUnderTest;

export const SHEET = "考核表";

/** Header on row 1, three items on rows 2–4 (得分 in D; D3 already holds 8), the total on row 5. */
export function contractBook(log: CellValue[][] | null = null): WorkbookDescription {
  const sheets: WorkbookDescription["sheets"] = [
    {
      name: SHEET,
      rows: [
        ["目标项目", "评分标准", "分值", "得分"],
        ["组织建设", "没有制定计划的扣2分", 10, null],
        ["党员教育", "少一次扣1分", 10, 8],
        ["基层阵地", "阵地不达标的扣3分", 10, null],
        ["合计", null, 30, null],
      ],
    },
    { name: "说明", rows: [["本表由组织部制定"]] },
  ];
  if (log) sheets.push({ name: LOG_SHEET_NAME, rows: log });
  return { sheets };
}

/** A log row in the core's columns (those not named here blank). */
function logRow(row: number, item: string, effect: number): CellValue[] {
  const known = [SHEET, "嵯岗镇", row, item, 1, "扣分", "deduct", 1, null, effect, null, null, "张三", "2026-11-30T10:00:00.000Z"];
  return LOG_HEADER.map((_, i) => known[i] ?? null);
}

/** 组织建设 −2 ticked: D2 = 8, D3 = 10 (overwrites 8), D4 = 10, and a log row. */
export function contractPlan(): WritePlan {
  return {
    sheet: SHEET,
    writes: [
      { row: 2, col: 4, value: 8, previous: null },
      { row: 3, col: 4, value: 10, previous: 8 },
      { row: 4, col: 4, value: 10, previous: null },
    ],
    addedScoreColumn: null,
    conflicts: [],
    log: [[...LOG_HEADER], logRow(2, "组织建设", -2)],
  };
}

const OLD_LOG: CellValue[][] = [[...LOG_HEADER], logRow(3, "党员教育", -2)];

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`);
  return error;
}

function scores(t: HostUnderTest): CellValue[] {
  return [2, 3, 4].map((row) => t.cell(SHEET, row, 4));
}

export function hostContract(name: string, factory: HostFactory): void {
  describe(`host contract: ${name}`, () => {
    it("scan reads the scoring sheet, the sheet names and the log", async () => {
      const t = await factory(contractBook(OLD_LOG));
      const scan = await t.host.scan();
      expect(scan.grid.name).toBe(SHEET);
      expect(scan.sheets).toEqual([SHEET, "说明"]);
      expect(scan.grid.values[1].slice(0, 4)).toEqual(["组织建设", "没有制定计划的扣2分", 10, null]);
      expect(scan.grid.values[2][3]).toBe(8);
      expect(scan.log?.[1]?.[3]).toBe("党员教育");
    });

    it("scan of a sheet that is not there is missing-sheet", async () => {
      const t = await factory(contractBook());
      expect((await rejection(t.host.scan("不存在"))).code).toBe("missing-sheet");
    });

    it("write fills the cells and the log; undo puts back exactly what was there", async () => {
      const t = await factory(contractBook());
      await t.host.scan();
      const receipt = await t.host.write(contractPlan());
      expect(receipt.sheet).toBe(SHEET);
      expect(scores(t)).toEqual([8, 10, 10]);
      expect(t.cell(LOG_SHEET_NAME, 2, 4)).toBe("组织建设");
      const after = await t.host.scan(SHEET);
      expect(after.grid.values[2][3]).toBe(10);
      expect(after.log?.[1]?.[9]).toBe(-2);

      await t.host.undo(receipt);
      expect(scores(t)).toEqual([null, 8, null]);
      expect(t.hasSheet(LOG_SHEET_NAME)).toBe(false);
      expect((await t.host.scan(SHEET)).log).toBeNull();
    });

    it("undo puts back the log as it was before the write", async () => {
      const t = await factory(contractBook(OLD_LOG));
      await t.host.scan();
      const receipt = await t.host.write(contractPlan());
      expect(t.cell(LOG_SHEET_NAME, 2, 4)).toBe("组织建设");
      await t.host.undo(receipt);
      expect(t.cell(LOG_SHEET_NAME, 2, 4)).toBe("党员教育");
      expect(t.cell(LOG_SHEET_NAME, 2, 10)).toBe(-2);
    });

    it("a write after the sheet was edited by hand is stale and writes nothing", async () => {
      const t = await factory(contractBook());
      await t.host.scan();
      t.edit(SHEET, 2, 2, "没有制定年度计划的扣2分");
      const error = await rejection(t.host.write(contractPlan()));
      expect(error.code).toBe("stale");
      expect(error.receipt).toBeUndefined();
      expect(scores(t)).toEqual([null, 8, null]);
      expect(t.hasSheet(LOG_SHEET_NAME)).toBe(false);
    });

    it("a write after 扣分明细 was edited by hand is a conflict and writes nothing", async () => {
      const t = await factory(contractBook(OLD_LOG));
      await t.host.scan();
      t.edit(LOG_SHEET_NAME, 2, 11, "手工补记：材料已补交");
      const error = await rejection(t.host.write(contractPlan()));
      expect(error.code).toBe("conflict");
      expect(error.message).toContain(LOG_SHEET_NAME);
      expect(error.receipt).toBeUndefined();
      expect(scores(t)).toEqual([null, 8, null]);
      expect(t.cell(LOG_SHEET_NAME, 2, 11)).toBe("手工补记：材料已补交");
      expect(t.cell(LOG_SHEET_NAME, 2, 4)).toBe("党员教育");
    });

    it("a co-author's edit to a target cell during the write is kept and reported as a conflict", async () => {
      const t = await factory(contractBook());
      if (!t.editDuringWrite) return; // a host nobody else can edit while it writes
      await t.host.scan();
      t.editDuringWrite(SHEET, 3, 4, 9);
      const error = await rejection(t.host.write(contractPlan()));
      expect(error.code).toBe("conflict");
      expect(error.message).toContain("D3");
      expect(scores(t)).toEqual([8, 9, 10]);
      expect(t.cell(LOG_SHEET_NAME, 2, 4)).toBe("组织建设");
      // The receipt undoes our cells and leaves theirs.
      await t.host.undo(error.receipt as WriteReceipt);
      expect(scores(t)).toEqual([null, 9, null]);
      expect(t.hasSheet(LOG_SHEET_NAME)).toBe(false);
    });

    it("a protected sheet is refused and nothing is written", async () => {
      const t = await factory(contractBook());
      await t.host.scan();
      t.protect(SHEET);
      expect((await rejection(t.host.write(contractPlan()))).code).toBe("protected");
      expect(scores(t)).toEqual([null, 8, null]);
      expect(t.hasSheet(LOG_SHEET_NAME)).toBe(false);
    });

    it("a sheet deleted since the scan is missing-sheet", async () => {
      const t = await factory(contractBook());
      await t.host.scan();
      t.removeSheet(SHEET);
      expect((await rejection(t.host.write(contractPlan()))).code).toBe("missing-sheet");
      expect(t.hasSheet(LOG_SHEET_NAME)).toBe(false);
    });

    it("undo is refused, changing nothing, when a written cell was edited since", async () => {
      const t = await factory(contractBook());
      await t.host.scan();
      const receipt = await t.host.write(contractPlan());
      t.edit(SHEET, 4, 4, 7);
      const error = await rejection(t.host.undo(receipt));
      expect(error.code).toBe("stale");
      expect(error.message).toContain("D4");
      expect(scores(t)).toEqual([8, 10, 7]);
      expect(t.cell(LOG_SHEET_NAME, 2, 4)).toBe("组织建设");
    });

    it("undo is refused when 扣分明细 was edited since the write", async () => {
      const t = await factory(contractBook());
      await t.host.scan();
      const receipt = await t.host.write(contractPlan());
      t.edit(LOG_SHEET_NAME, 2, 11, "复核：属实");
      expect((await rejection(t.host.undo(receipt))).code).toBe("stale");
      expect(scores(t)).toEqual([8, 10, 10]);
      expect(t.cell(LOG_SHEET_NAME, 2, 11)).toBe("复核：属实");
    });

    it("reports the cell the user selects, on its sheet, until stopped", async () => {
      const t = await factory(contractBook());
      const watch = t.host.watchSelection;
      if (!watch) throw new Error(`${name}: watchSelection is missing`);
      const seen: CellSelection[] = [];
      const stop = await watch.call(t.host, (selection) => seen.push(selection));
      await t.selectByUser(SHEET, "B3");
      await t.selectByUser("说明", "A1");
      await t.selectByUser(SHEET, "D4");
      expect(seen).toEqual([
        { sheet: SHEET, cell: "B3" },
        { sheet: "说明", cell: "A1" },
        { sheet: SHEET, cell: "D4" },
      ]);
      stop();
      await t.selectByUser(SHEET, "C2");
      expect(seen).toHaveLength(3);
    });

    it("keeps a draft per sheet until it is cleared", async () => {
      const t = await factory(contractBook());
      const drafts = t.host.drafts;
      if (!drafts) return; // a host that keeps no drafts
      expect(await drafts.load(SHEET)).toBeNull();
      await drafts.save(SHEET, '{"inputs":{"2:1":{"count":1}}}');
      await drafts.save("说明", "other");
      expect(await drafts.load(SHEET)).toBe('{"inputs":{"2:1":{"count":1}}}');
      await drafts.clear(SHEET);
      expect(await drafts.load(SHEET)).toBeNull();
      expect(await drafts.load("说明")).toBe("other");
    });
  });
}
