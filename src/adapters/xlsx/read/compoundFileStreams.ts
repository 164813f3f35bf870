/**
 * Names of the streams in an OLE compound file (the container of .xls files and of password-protected
 * .xlsx files), read from its directory. Enough to tell the two apart; no stream is read.
 * @returns null when the bytes are not a readable compound file
 */
export function compoundFileStreams(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512 || !hasCompoundSignature(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  // The first 109 FAT sectors are listed in the header; enough for files up to ~7 MB (512-byte
  // sectors) and far more with 4 KB sectors. Beyond that the directory is still found in most files.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(76 + i * 4, true);
    if (sector >= 0xfffffffa) break;
    fatSectors.push(sector);
  }
  const nextSector = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fat = fatSectors[Math.floor(sector / perSector)];
    if (fat === undefined) return 0xfffffffe;
    const at = sectorOffset(fat) + (sector % perSector) * 4;
    return at + 4 <= bytes.length ? view.getUint32(at, true) : 0xfffffffe;
  };
  const names: string[] = [];
  let sector = view.getUint32(48, true);
  for (let guard = 0; sector < 0xfffffffa && guard < 10_000; guard++) {
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) break;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const nameLength = view.getUint16(entry + 64, true);
      const type = bytes[entry + 66];
      if (nameLength < 2 || nameLength > 64 || (type !== 1 && type !== 2)) continue;
      let name = "";
      for (let i = 0; i < nameLength / 2 - 1; i++)
        name += String.fromCharCode(view.getUint16(entry + i * 2, true));
      names.push(name);
    }
    sector = nextSector(sector);
  }
  return names;
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function hasCompoundSignature(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}
