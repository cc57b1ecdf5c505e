// A small zip writer for the package: every entry deflated with its sizes and CRC in the local header (as Office
// writes them: no data descriptors, no zip64), compressed from chunks so a large part is never held uncompressed.
import { Deflate } from "fflate";

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crcUpdate(crc: number, data: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c;
}

interface Entry {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: Uint8Array[];
  compressedSize: number;
  offset: number;
}

/** A zip archive built entry by entry: `add` takes the entry's uncompressed content as chunks. */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  private readonly out: Uint8Array[] = [];
  private offset = 0;
  private readonly time: number;
  private readonly date: number;

  constructor(now: Date = new Date()) {
    this.time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
    this.date = ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  }

  add(name: string, chunks: Iterable<Uint8Array>): void {
    const compressed: Uint8Array[] = [];
    // fflate may hand out views of a buffer it reuses: keep copies.
    const deflate = new Deflate({ level: 6 }, (data) => void compressed.push(data.slice()));
    let crc = 0;
    let size = 0;
    let pending: Uint8Array | null = null;
    for (const chunk of chunks) {
      crc = crcUpdate(crc, chunk);
      size += chunk.length;
      if (pending) deflate.push(pending);
      pending = chunk;
    }
    deflate.push(pending ?? new Uint8Array(0), true);
    const compressedSize = compressed.reduce((n, c) => n + c.length, 0);
    if (size > 0xfffffff0 || compressedSize > 0xfffffff0) throw new Error(`zip entry too large: ${name}`);
    const entry: Entry = { name: new TextEncoder().encode(name), crc: crc >>> 0, size, compressed, compressedSize, offset: this.offset };
    this.entries.push(entry);
    this.write(this.header(entry, false));
    for (const c of compressed) this.write(c);
    entry.compressed = [];
  }

  finish(): Uint8Array {
    const start = this.offset;
    for (const e of this.entries) this.write(this.header(e, true));
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, this.entries.length, true);
    v.setUint16(10, this.entries.length, true);
    v.setUint32(12, this.offset - start, true);
    v.setUint32(16, start, true);
    this.write(end);
    const all = new Uint8Array(this.offset);
    let at = 0;
    for (const c of this.out) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  }

  /** A local file header, or (central) a central directory header. */
  private header(e: Entry, central: boolean): Uint8Array {
    const fixed = central ? 46 : 30;
    const h = new Uint8Array(fixed + e.name.length);
    const v = new DataView(h.buffer);
    let p = 0;
    v.setUint32(p, central ? 0x02014b50 : 0x04034b50, true);
    p += 4;
    if (central) {
      v.setUint16(p, 20, true); // made by: MS-DOS, 2.0
      p += 2;
    }
    v.setUint16(p, 20, true); // version needed: 2.0 (deflate)
    v.setUint16(p + 2, 0x0800, true); // names are UTF-8
    v.setUint16(p + 4, 8, true); // deflate
    v.setUint16(p + 6, this.time, true);
    v.setUint16(p + 8, this.date, true);
    v.setUint32(p + 10, e.crc, true);
    v.setUint32(p + 14, e.compressedSize, true);
    v.setUint32(p + 18, e.size, true);
    v.setUint16(p + 22, e.name.length, true);
    if (central) v.setUint32(p + 36, e.offset, true); // at 42; comment, disk, attributes stay 0
    h.set(e.name, fixed);
    return h;
  }

  private write(chunk: Uint8Array): void {
    this.out.push(chunk);
    this.offset += chunk.length;
  }
}
