import type { DroppedFile } from '../ipc';
import { isImportPath, MAX_IMPORT_PATHS } from '../ipc';

/**
 * The preload's side of a drop: resolves each dropped File to its path on disk ('' for one
 * that has none) and grants main one read of every importable file among them, in calls of at
 * most MAX_IMPORT_PATHS. Resolves with the paths, in drop order.
 */
export async function grantDroppedFiles(
  files: readonly DroppedFile[],
  pathOnDisk: (file: DroppedFile) => string,
  grant: (paths: string[]) => Promise<void>,
): Promise<string[]> {
  const paths = files.map(pathOnDisk);
  const importable = paths.filter(isImportPath);
  for (let start = 0; start < importable.length; start += MAX_IMPORT_PATHS)
    await grant(importable.slice(start, start + MAX_IMPORT_PATHS));
  return paths;
}
