import { randomBytes } from "node:crypto";
import { rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Tells whether a folder's file system takes names that differ only in case for one file. */
export type CaseProbe = (folder: string) => Promise<boolean>;

/**
 * Asks the file system itself, since the OS does not tell: macOS and Windows disks are usually
 * case-insensitive but need not be, and a Linux machine can mount one (FAT, a share, ext4 casefold).
 * Creates a hidden file with a random lower-case name and looks it up in upper case: found means
 * insensitive. Not by inode: FAT through FUSE gives each name its own inode number. When the probe
 * cannot be made (no access), the answer is "insensitive": a name wrongly taken as the same file is
 * refused with a message, one wrongly taken as another file could be written over.
 */
export const caseInsensitiveFolder: CaseProbe = async (folder) => {
  const name = `.action-plan-case-${randomBytes(8).toString("hex")}`;
  const probe = join(folder, name);
  try {
    await writeFile(probe, "", { flag: "wx" });
  } catch {
    return true;
  }
  try {
    return (await stat(join(folder, name.toUpperCase())).catch(() => null)) !== null;
  } finally {
    await rm(probe, { force: true });
  }
};
