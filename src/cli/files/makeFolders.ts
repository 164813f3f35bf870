import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Creates the missing folders of `dir`, outermost first. Not `mkdir(dir, { recursive: true })`: Node's
 * recursive mkdir loops forever where a folder cannot be made (e.g. under /proc).
 */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = dir; !existsSync(folder) && dirname(folder) !== folder; folder = dirname(folder)) {
    missing.unshift(folder);
  }
  for (const folder of missing) await mkdir(folder);
}
