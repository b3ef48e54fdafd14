import type { DroppedFile } from '../ipc';
import { isTextCapturePath, MAX_IMPORT_PATHS } from '../ipc';

/**
 * The preload's side of a drop: resolves each dropped File to its path on disk ('' for one
 * that has none) and grants main one read of every text capture among them, in calls of at
 * most MAX_IMPORT_PATHS. Resolves with the paths, in drop order.
 */
export async function grantDroppedFiles(
  files: readonly DroppedFile[],
  pathOnDisk: (file: DroppedFile) => string,
  grant: (paths: string[]) => Promise<void>,
): Promise<string[]> {
  const paths = files.map(pathOnDisk);
  const captures = paths.filter(isTextCapturePath);
  for (let start = 0; start < captures.length; start += MAX_IMPORT_PATHS)
    await grant(captures.slice(start, start + MAX_IMPORT_PATHS));
  return paths;
}
