import { blockBytes, DEFAULT_CHUNK_BYTES, estimateJsonBytes, packBatches } from "../../src/excel/chunking";
import type { TargetedBlock } from "../../src/excel/chunking";
import { SCORE_SHEET, scorePlan, setup } from "./helpers";

jest.mock("../../src/excel/loadWritePath", () => require("./mockWritePath"));

describe("estimateJsonBytes", () => {
  it("counts CJK characters as 3 bytes of UTF-8 and escapes as 2", () => {
    expect(estimateJsonBytes([["得分"]])).toBe(2 + 3 + 3 + 6);
    expect(estimateJsonBytes([["ab"]])).toBe(2 + 3 + 3 + 2);
    expect(estimateJsonBytes([['"']])).toBe(2 + 3 + 3 + 2);
    expect(estimateJsonBytes([[10, null]])).toBe(2 + 3 + 3 + 3);
    expect(Buffer.byteLength(JSON.stringify([["考核评分助手"]]))).toBeLessThanOrEqual(estimateJsonBytes([["考核评分助手"]]));
  });
});

describe("packBatches", () => {
  const block = (top: number, rows: number, text: string): TargetedBlock => ({
    target: "s",
    top,
    left: 2,
    values: Array.from({ length: rows }, (_, i) => [`${text}${top + i}`]),
  });

  it("keeps everything in one batch below the limit", () => {
    const blocks = [block(1, 3, "a"), block(10, 2, "b")];
    expect(packBatches(blocks, 10_000)).toEqual([blocks]);
  });

  it("starts a new batch when the next block would pass the limit", () => {
    const blocks = [block(1, 1, "x".repeat(600)), block(3, 1, "y".repeat(600))];
    const batches = packBatches(blocks, 1000);
    expect(batches).toEqual([[blocks[0]], [blocks[1]]]);
  });

  it("cuts an over-size block into row bands that keep their rows and positions", () => {
    const big = block(5, 40, "扣分说明".repeat(50));
    const batches = packBatches([big], 2000);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.reduce((n, b) => n + blockBytes(b), 0)).toBeLessThanOrEqual(2000);
    const parts = batches.flat();
    expect(parts.flatMap((p) => p.values)).toEqual(big.values);
    parts.forEach((p, i) => i && expect(p.top).toBe(parts[i - 1].top + parts[i - 1].values.length));
  });

  it("returns one empty batch for nothing to write (so a trailing operation still gets its sync)", () => {
    expect(packBatches([])).toEqual([[]]);
  });
});

describe("ExcelHost.write on a payload over Excel on the web's 5 MB limit", () => {
  it("splits the write into chunks of at most ~4 MB, one sync each, and writes every cell", async () => {
    const { excel, host, book, sync } = setup({ minRows: 5000 });
    await host.scan();
    const plan = scorePlan(book);
    const note = "嘎查活动场所面积未达到150平米标准，".repeat(40); // ~2 KB of UTF-8 per cell
    plan.writes.push(...book.itemRows.map((row) => ({ row, col: 7, value: `${row}：${note}`, previous: null })));
    sync.mockClear();
    await host.write(plan);

    const total = excel.syncBytes.slice(-(sync.mock.calls.length - 1)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5 * 1024 * 1024);
    // sync 1 reads; then as few ~4 MB chunks as the payload needs (greedy packing may leave one more)
    const chunks = sync.mock.calls.length - 1;
    expect(chunks).toBeGreaterThanOrEqual(Math.ceil(total / DEFAULT_CHUNK_BYTES));
    expect(chunks).toBeLessThanOrEqual(Math.ceil(total / DEFAULT_CHUNK_BYTES) + 1);
    console.log(`chunked write: ${total} bytes in ${chunks} chunks, ${sync.mock.calls.length} syncs`);
    for (const bytes of excel.syncBytes) expect(bytes).toBeLessThanOrEqual(DEFAULT_CHUNK_BYTES);
    const last = book.itemRows.at(-1)!;
    expect(excel.cell(SCORE_SHEET, last, 7)).toBe(`${last}：${note}`);
    expect(excel.cell(SCORE_SHEET, book.itemRows[0], 7)).toBe(`4：${note}`);
  });
});
