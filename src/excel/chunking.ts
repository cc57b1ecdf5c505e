import type { CellValue } from "../core";
import type { Block } from "./writeBlocks";

/**
 * Excel on the web rejects a request over 5 MB. Writes are packed into batches whose estimated JSON size stays
 * under this (one context.sync() each); below it a whole write is one batch.
 */
export const DEFAULT_CHUNK_BYTES = 4_000_000;

/** Bytes of the request that carries one block, beyond its values: object path, address, method. */
const BLOCK_OVERHEAD = 200;

export interface TargetedBlock extends Block {
  /** Which sheet the block goes to; the caller maps it to a worksheet object. */
  target: string;
}

/** Size of `values` as JSON in UTF-8 (a CJK character is 3 bytes; quotes and escapes counted roughly). */
export function estimateJsonBytes(values: readonly CellValue[][]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 3;
    for (const v of row) {
      if (typeof v === "string") bytes += 3 + utf8Length(v);
      else bytes += v === null ? 3 : String(v).length + 1;
    }
  }
  return bytes;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function blockBytes(block: Block): number {
  return BLOCK_OVERHEAD + estimateJsonBytes(block.values);
}

/** A block too big for one batch, cut into row bands that each fit (a single over-size row stays whole). */
function splitBlock(block: TargetedBlock, limit: number): TargetedBlock[] {
  const parts: TargetedBlock[] = [];
  let rows: CellValue[][] = [];
  let size = BLOCK_OVERHEAD;
  let top = block.top;
  block.values.forEach((row, i) => {
    const rowSize = estimateJsonBytes([row]);
    if (rows.length && size + rowSize > limit) {
      parts.push({ ...block, top, values: rows });
      rows = [];
      size = BLOCK_OVERHEAD;
      top = block.top + i;
    }
    rows.push(row);
    size += rowSize;
  });
  if (rows.length) parts.push({ ...block, top, values: rows });
  return parts;
}

/** Blocks packed, in order, into batches of at most `limit` estimated bytes. */
export function packBatches(blocks: readonly TargetedBlock[], limit = DEFAULT_CHUNK_BYTES): TargetedBlock[][] {
  const batches: TargetedBlock[][] = [];
  let current: TargetedBlock[] = [];
  let size = 0;
  for (const part of blocks.flatMap((b) => (blockBytes(b) > limit ? splitBlock(b, limit) : [b]))) {
    const bytes = blockBytes(part);
    if (current.length && size + bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += bytes;
  }
  if (current.length || !batches.length) batches.push(current);
  return batches;
}
