/**
 * A zip archive read from its central directory, entries left compressed until asked for. Reading
 * only the directory lets the adapter inflate just the parts it needs (a workbook may hold a
 * million-row sheet the plan never looks at) and copy untouched entries to the output as they are.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate; anything else cannot be read here. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the compressed data in the archive's bytes. */
  readonly dataOffset: number;
  readonly encrypted: boolean;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  /** In directory order. */
  readonly entries: readonly ZipEntry[];
}

/** The bytes are not a zip archive, or its directory is damaged. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory (zip64 included). @throws ZipFormatError */
export function readZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u64 = (at: number): number => Number(view.getBigUint64(at, true));
  const eocd = findEndOfDirectory(view);
  let count = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(locator) === ZIP64_LOCATOR) {
    const zip64 = u64(locator + 8);
    if (zip64 + 56 > bytes.length || u32(zip64) !== ZIP64_EOCD) throw new ZipFormatError("bad zip64 record");
    count = u64(zip64 + 32);
    directorySize = u64(zip64 + 40);
    directoryOffset = u64(zip64 + 48);
  }
  if (directoryOffset + directorySize > bytes.length) throw new ZipFormatError("directory out of range");
  const decoder = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw new ZipFormatError("bad directory entry");
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; without it, producers still write ASCII part names.
    const name = (flags & 0x800 ? decoder : latin1).decode(nameBytes);
    const extra = at + 46 + nameLength;
    for (let e = extra; e + 4 <= extra + extraLength;) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === 0x0001) {
        // Zip64: only the fields that overflowed are present, in this order.
        let field = e + 4;
        if (size === 0xffffffff) {
          size = u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(field);
      }
      e += 4 + length;
    }
    if (localOffset + 30 > bytes.length || u32(localOffset) !== LOCAL)
      throw new ZipFormatError("bad local header");
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) throw new ZipFormatError("entry out of range");
    entries.push({ name, method, crc, compressedSize, size, dataOffset, encrypted: (flags & 1) === 1 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries };
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError("no end of central directory");
}

/** The compressed bytes of an entry, as stored. */
export function rawData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  return archive.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}
