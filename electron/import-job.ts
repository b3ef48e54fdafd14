import { randomUUID } from 'node:crypto';
import type { EventChannel, EventPayload, ImportJob } from '../shared/ipc';
import type { ParsePool } from './parse-pool';

/** Delivers an event to the renderer that started the job (or drops it if that window is gone). */
export type EventSender = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => void;

/**
 * Runs one import: every file is parsed in the pool and streamed to the renderer as it finishes
 * (`import:file` and `import:progress`, tagged with the job's id); the full list is the result.
 */
export async function runImportJob(
  pool: ParsePool,
  paths: readonly string[],
  send: EventSender,
  jobId: string = randomUUID(),
): Promise<ImportJob> {
  const files = await pool.parseFiles(paths, {
    onProgress: (progress) => send('import:progress', { ...progress, jobId }),
    onFile: (file) => send('import:file', { jobId, file }),
  });
  return { jobId, files };
}
