import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { fileHeader, fileParts } from '../shared/import/file-parts';
import type { ImportedFile } from '../shared/import/types';
import type { EventChannel, EventPayload, ImportJob } from '../shared/ipc';
import type { ParsePool } from './parse-pool';

/** Delivers an event to the renderer that started the job (or drops it if that window is gone). */
export type EventSender = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => void;

/** A path to parse, or a file already settled without reading it (a refusal). */
export type ImportSource = string | ImportedFile;

/** Streams one file: its header, then each piece of its text and each batch of its records. */
function sendFile(send: EventSender, jobId: string, index: number, file: ImportedFile): void {
  send('import:file', { jobId, index, file: fileHeader(file) });
  for (const part of fileParts(file)) {
    if (part.type === 'text') send('import:text', { jobId, index, piece: part.piece });
    else send('import:records', { jobId, index, records: part.records, displays: part.displays });
  }
}

/**
 * Runs one import: every path is parsed in the pool and each file is streamed to the renderer
 * as it finishes, with the job's progress, all tagged with the job's id. The reply names the
 * files in order and carries none of their data.
 */
export async function runImportJob(
  pool: ParsePool,
  sources: readonly ImportSource[],
  send: EventSender,
  jobId: string = randomUUID(),
): Promise<ImportJob> {
  const paths: string[] = [];
  const indexOfPath: number[] = [];
  for (const [index, source] of sources.entries()) {
    if (typeof source === 'string') {
      paths.push(source);
      indexOfPath.push(index);
    } else sendFile(send, jobId, index, source);
  }
  await pool.parseFiles(paths, {
    onProgress: (progress) => send('import:progress', { ...progress, jobId }),
    onFile: (file, pathIndex) => sendFile(send, jobId, indexOfPath[pathIndex] ?? pathIndex, file),
  });
  const fileNames = sources.map((source) =>
    typeof source === 'string' ? basename(source) : source.fileName,
  );
  return { jobId, fileNames };
}
