import { Inflate, inflateSync } from "fflate";
import { rawData, ZipFormatError, type ZipArchive, type ZipEntry } from "./ZipArchive";

function assertReadable(entry: ZipEntry): void {
  if (entry.encrypted) throw new ZipFormatError(`entry ${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipFormatError(`entry ${entry.name} uses compression method ${entry.method}`);
}

/** The uncompressed bytes of an entry. @throws ZipFormatError */
export function inflateEntry(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  assertReadable(entry);
  const raw = rawData(archive, entry);
  if (entry.method === 0) return raw;
  try {
    return inflateSync(raw, { out: new Uint8Array(entry.size) });
  } catch (error) {
    throw new ZipFormatError(`entry ${entry.name} is damaged: ${String(error)}`);
  }
}

/** Input slice fed to the inflater at a time: small enough that stopping early saves real work. */
const SLICE = 16 * 1024;

/**
 * Inflates an entry piece by piece; `onChunk` returns false to stop (the rest is never inflated).
 * @throws ZipFormatError
 */
export function streamEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => boolean,
): void {
  assertReadable(entry);
  const raw = rawData(archive, entry);
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += SLICE) if (!onChunk(raw.subarray(at, at + SLICE))) return;
    return;
  }
  let stopped = false;
  const inflater = new Inflate((chunk) => {
    if (!stopped && !onChunk(chunk)) stopped = true;
  });
  try {
    for (let at = 0; at < raw.length && !stopped; at += SLICE) {
      inflater.push(raw.subarray(at, at + SLICE), at + SLICE >= raw.length);
    }
  } catch (error) {
    throw new ZipFormatError(`entry ${entry.name} is damaged: ${String(error)}`);
  }
}
