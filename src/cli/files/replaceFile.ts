import { randomBytes } from "node:crypto";
import { chmod, open, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { makeFolders } from "./makeFolders";
import { resolveLinks } from "./resolveLinks";

/**
 * A hidden name in the target's folder that no one can guess or hold already (it is created with "wx"):
 * the start of the target's name, so a file left by a killed process says what it was, then 96 random
 * bits. The start is cut to 40 characters so the name stays under 255 bytes (Thai is 3 bytes a letter).
 */
function tempName(target: string): string {
  const start = [...basename(target)].slice(0, 40).join("");
  return `.${start}.${randomBytes(12).toString("hex")}.tmp`;
}

/** fsync: the bytes are on the disk before the rename makes them the target. */
async function flush(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `target` whole or not at all: `write` fills a new file in the target's own folder, which is
 * renamed over the target only once complete and flushed (a rename within one folder is atomic on
 * POSIX file systems and NTFS). On any failure that file is removed and an existing target keeps its
 * bytes. A replaced file keeps its permission bits where the disk has them. Missing folders are made.
 *
 * A target that is a symbolic link is written through: the file the link leads to is replaced (the new
 * file made in that file's folder) and the link stays. The link is the user's own arrangement, such as
 * a name in a shared folder that points at the current version; replacing the link by a plain file
 * would put the output somewhere else than where the link leads, and break the link for everyone else.
 * @param write fills the file at the path it is given (the file exists, empty, and is this call's alone)
 */
export async function replaceFile(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const final = await resolveLinks(target);
  const folder = dirname(final);
  await makeFolders(folder);
  const existing = await stat(final).catch(() => null);
  const temp = join(folder, tempName(final));
  await (await open(temp, "wx")).close();
  try {
    // Best effort: FAT has no permission bits (ENOSYS), and a file of another owner cannot be chmod-ed.
    if (existing !== null) await chmod(temp, existing.mode & 0o777).catch(() => undefined);
    await write(temp);
    await flush(temp, "r+");
    await rename(temp, final);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // The rename itself on the disk; folders cannot be opened for this on Windows, where NTFS logs it.
  await flush(folder, "r").catch(() => undefined);
}

/** replaceFile with the bytes already in memory. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  await replaceFile(target, (temp) => writeFile(temp, data));
}
