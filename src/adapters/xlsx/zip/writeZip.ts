import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { rawData, type ZipArchive, type ZipEntry } from "./ZipArchive";

/** One entry of the archive to write: new bytes, or an entry of a read archive copied as stored. */
export type ZipOutput =
  | { readonly name: string; readonly data: Uint8Array }
  | { readonly name: string; readonly copyOf: { readonly archive: ZipArchive; readonly entry: ZipEntry } };

interface Written {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const encoder = new TextEncoder();
// 1980-01-01 00:00 in DOS time: the output does not depend on the clock.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Writes a zip archive (no zip64: a workbook over 4 GB is out of scope). Copied entries keep their
 * compressed bytes exactly, so untouched parts cost neither time nor memory to carry over.
 */
export function writeZip(outputs: readonly ZipOutput[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const output of outputs) {
    const name = encoder.encode(output.name);
    let method: number;
    let crc: number;
    let size: number;
    let compressed: Uint8Array;
    if ("copyOf" in output) {
      const { archive, entry } = output.copyOf;
      ({ method, crc, size } = entry);
      compressed = rawData(archive, entry);
    } else {
      crc = crc32(output.data);
      size = output.data.length;
      const deflated = deflateSync(output.data, { level: 6 });
      // Tiny parts can grow when deflated; store them then.
      [method, compressed] = deflated.length < size ? [8, deflated] : [0, output.data];
    }
    const header = new Uint8Array(30 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 0x800, true);
    view.setUint16(8, method, true);
    view.setUint16(10, 0, true);
    view.setUint16(12, DOS_DATE, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, compressed.length, true);
    view.setUint32(22, size, true);
    view.setUint16(26, name.length, true);
    view.setUint16(28, 0, true);
    header.set(name, 30);
    chunks.push(header, compressed);
    written.push({ name, method, crc, compressedSize: compressed.length, size, offset });
    offset += header.length + compressed.length;
  }
  const directoryOffset = offset;
  for (const entry of written) {
    const record = new Uint8Array(46 + entry.name.length);
    const view = new DataView(record.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint16(8, 0x800, true);
    view.setUint16(10, entry.method, true);
    view.setUint16(12, 0, true);
    view.setUint16(14, DOS_DATE, true);
    view.setUint32(16, entry.crc, true);
    view.setUint32(20, entry.compressedSize, true);
    view.setUint32(24, entry.size, true);
    view.setUint16(28, entry.name.length, true);
    view.setUint32(42, entry.offset, true);
    record.set(entry.name, 46);
    chunks.push(record);
    offset += record.length;
  }
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directoryOffset, true);
  view.setUint32(16, directoryOffset, true);
  chunks.push(end);
  const out = new Uint8Array(offset + end.length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
