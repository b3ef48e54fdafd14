import { MAX_CAPTURE_BYTES } from '../shared/import/capture-limit';
import { readCaptureFile } from './files';

/**
 * The paths of each window's latest user imports, by job, so the page can ask for an imported file's bytes (sync
 * shares them) by job and place alone, never by path. Only paths the user chose or dropped are kept; a few jobs per
 * window, oldest forgotten first.
 */
export interface JobFiles {
  remember(scope: number, jobId: string, paths: readonly (string | null)[]): void;
  /** The file's bytes as they are on disk now (the caller checks them against the hash it imported); null when unknown. */
  bytesOf(scope: number, jobId: string, index: number): Promise<Uint8Array | null>;
}

const KEPT_JOBS_PER_WINDOW = 8;

export function createJobFiles(maxBytes = MAX_CAPTURE_BYTES): JobFiles {
  const byWindow = new Map<number, Map<string, readonly (string | null)[]>>();
  return {
    remember(scope, jobId, paths) {
      const jobs = byWindow.get(scope) ?? new Map<string, readonly (string | null)[]>();
      byWindow.set(scope, jobs);
      jobs.set(jobId, [...paths]);
      for (const oldest of jobs.keys()) {
        if (jobs.size <= KEPT_JOBS_PER_WINDOW) break;
        jobs.delete(oldest);
      }
    },
    async bytesOf(scope, jobId, index) {
      const path = byWindow.get(scope)?.get(jobId)?.[index] ?? null;
      if (path === null) return null;
      const read = await readCaptureFile(path, maxBytes);
      return read.ok ? read.bytes : null;
    },
  };
}
