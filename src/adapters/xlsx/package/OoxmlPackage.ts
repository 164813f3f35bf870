import { inflateEntry, streamEntry } from "../zip/inflateEntry";
import { readZip, type ZipArchive, type ZipEntry } from "../zip/ZipArchive";
import { writeZip, type ZipOutput } from "../zip/writeZip";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** A part name as the package knows it: no leading slash, as the zip stores it. */
export function partKey(path: string): string {
  return path.replace(/^\/+/u, "");
}

/**
 * The parts of an Open Packaging Conventions file (.xlsx, .xlsm): what was read stays as read
 * (compressed, untouched) unless the tool writes or removes a part. Part names are case-insensitive
 * (OPC §9.1.1.2), so lookups ignore case; the name as first stored is kept for writing.
 */
export class OoxmlPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly written = new Map<string, Uint8Array>();
  private readonly removed = new Set<string>();
  /** Output order: the original entries first, then new parts as they were added. */
  private readonly order: string[] = [];
  private readonly names = new Map<string, string>();

  private constructor(private readonly archive: ZipArchive | null) {
    for (const entry of archive?.entries ?? []) {
      if (entry.name.endsWith("/")) continue; // folder entries carry no part
      const key = entry.name.toLowerCase();
      if (this.entries.has(key)) continue;
      this.entries.set(key, entry);
      this.names.set(key, entry.name);
      this.order.push(key);
    }
  }

  /** @throws ZipFormatError when the bytes are not a readable zip archive */
  static read(bytes: Uint8Array): OoxmlPackage {
    return new OoxmlPackage(readZip(bytes));
  }

  static empty(): OoxmlPackage {
    return new OoxmlPackage(null);
  }

  has(path: string): boolean {
    const key = partKey(path).toLowerCase();
    return !this.removed.has(key) && (this.written.has(key) || this.entries.has(key));
  }

  /** Every part name present, as stored. */
  paths(): string[] {
    return this.order.filter((key) => this.has(key)).map((key) => this.names.get(key) ?? key);
  }

  /** The bytes of a part; null when there is no such part. @throws ZipFormatError when damaged */
  bytes(path: string): Uint8Array | null {
    const key = partKey(path).toLowerCase();
    if (this.removed.has(key)) return null;
    const written = this.written.get(key);
    if (written) return written;
    const entry = this.entries.get(key);
    return entry && this.archive ? inflateEntry(this.archive, entry) : null;
  }

  text(path: string): string | null {
    const bytes = this.bytes(path);
    return bytes === null ? null : decoder.decode(bytes);
  }

  /** Uncompressed size of a part, without inflating it. */
  size(path: string): number {
    const key = partKey(path).toLowerCase();
    if (this.removed.has(key)) return 0;
    return this.written.get(key)?.length ?? this.entries.get(key)?.size ?? 0;
  }

  /**
   * Inflates a part piece by piece (text chunks); `onChunk` returns false to stop early. A part
   * written in this session is given whole.
   */
  streamText(path: string, onChunk: (text: string) => boolean): void {
    const key = partKey(path).toLowerCase();
    if (this.removed.has(key)) return;
    const written = this.written.get(key);
    if (written) {
      onChunk(decoder.decode(written));
      return;
    }
    const entry = this.entries.get(key);
    if (!entry || !this.archive) return;
    const streaming = new TextDecoder("utf-8");
    let more = true;
    streamEntry(this.archive, entry, (chunk) => (more = onChunk(streaming.decode(chunk, { stream: true }))));
    if (more) onChunk(streaming.decode());
  }

  write(path: string, data: Uint8Array | string): void {
    const key = partKey(path).toLowerCase();
    this.removed.delete(key);
    if (!this.names.has(key)) {
      this.names.set(key, partKey(path));
      this.order.push(key);
    }
    this.written.set(key, typeof data === "string" ? encoder.encode(data) : data);
  }

  remove(path: string): void {
    const key = partKey(path).toLowerCase();
    this.written.delete(key);
    this.removed.add(key);
  }

  /** True when the part still holds the bytes it was read with. */
  isOriginal(path: string): boolean {
    const key = partKey(path).toLowerCase();
    return this.entries.has(key) && !this.written.has(key) && !this.removed.has(key);
  }

  /** The whole package as a zip; untouched parts are copied compressed, exactly as they were read. */
  toBytes(): Uint8Array {
    const outputs: ZipOutput[] = [];
    for (const key of this.order) {
      if (this.removed.has(key)) continue;
      const name = this.names.get(key) ?? key;
      const data = this.written.get(key);
      const entry = this.entries.get(key);
      if (data) outputs.push({ name, data });
      else if (entry && this.archive) outputs.push({ name, copyOf: { archive: this.archive, entry } });
    }
    return writeZip(outputs);
  }
}
