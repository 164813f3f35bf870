import { readlink, realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** As many links as the OS follows (Linux MAXSYMLINKS is 40) before it says ELOOP. */
const MAX_LINKS = 40;

/**
 * The path the OS would reach through `path`, every symbolic link followed, also where the file does
 * not exist yet: then the folders that exist are resolved and the rest is kept as written; a dangling
 * link leads to the path it names. Any other error (a file where a folder should be, no access) keeps
 * the path as it is, for the write itself to report.
 * @param path absolute
 */
export async function resolveLinks(path: string, links = 0): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // Not there (or not reachable): a dangling link, or a name still to be made.
  }
  const link = await readlink(path).catch(() => null);
  if (link !== null && links < MAX_LINKS) return resolveLinks(resolve(dirname(path), link), links + 1);
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await resolveLinks(parent, links), basename(path));
}
