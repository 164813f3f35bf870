import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { CaseProbe } from "./caseInsensitiveFolder";
import { resolveLinks } from "./resolveLinks";

/**
 * How two paths name one file: written the same (after `..`, `.` and the working folder), through a
 * symbolic link (of the file or of a folder on the way), as hard links to one file (same device and
 * inode), or in other letter case on a folder that ignores case.
 */
export type Clash = "same-path" | "link" | "hard-link" | "case";

async function identity(path: string): Promise<{ dev: bigint; ino: bigint } | null> {
  const stats = await stat(path, { bigint: true }).catch(() => null);
  // Some network and FAT file systems report inode 0 for every file: no identity to compare then.
  return stats === null || stats.ino === 0n ? null : { dev: stats.dev, ino: stats.ino };
}

/**
 * Names as a case-insensitive disk compares them. NFC too: macOS disks also ignore the form of accented
 * letters; elsewhere this can only refuse two names that look the same, never write over a file.
 */
function caseFold(path: string): string {
  return path.normalize("NFC").toLowerCase();
}

function nearestFolder(path: string): string {
  let folder = dirname(path);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * Whether paths `a` and `b` name the same file, and how; null when they are two files. Either may not
 * exist yet (an output about to be written). The case probe runs only for names that differ in case alone.
 */
export async function fileClash(a: string, b: string, isCaseInsensitive: CaseProbe): Promise<Clash | null> {
  if (resolve(a) === resolve(b)) return "same-path";
  const [realA, realB] = await Promise.all([resolveLinks(resolve(a)), resolveLinks(resolve(b))]);
  if (realA === realB) return "link";
  // Not left to the inode: FAT through FUSE gives each spelling of a name its own inode number.
  if (caseFold(realA) === caseFold(realB) && (await isCaseInsensitive(nearestFolder(realA)))) return "case";
  const [idA, idB] = await Promise.all([identity(realA), identity(realB)]);
  if (idA !== null && idB !== null && idA.dev === idB.dev && idA.ino === idB.ino) return "hard-link";
  return null;
}
