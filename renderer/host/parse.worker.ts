import { fileHeader, fileParts } from '../../shared/import/file-parts';
import { sha256Hex } from '../../shared/import/hash';
import { buildImportedFile } from '../../shared/import/read-file';
import type { ImportedFile } from '../../shared/import/types';
import { importFailure } from '../../shared/ipc/import-failure';
import { createWordTest } from '../../shared/text/dictionary';
import type { WordTest } from '../../shared/text/types';
import type { ChosenFile, ParseCommand, ParseReply, ParseRequest, RawFile } from './parse-messages';
import { UNREADABLE_FILE_REASON } from './read-files';

/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(reply: ParseReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseCommand>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
let wordTest: WordTest | null = null;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The file's bytes, or null when a chosen file can no longer be read. */
async function bytesOf(raw: RawFile | ChosenFile): Promise<Uint8Array | null> {
  if ('bytes' in raw) return new Uint8Array(raw.bytes);
  try {
    return new Uint8Array(await raw.file.arrayBuffer());
  } catch {
    return null;
  }
}

/** One file, hashed, decoded and parsed; a parser crash is that file's failure, not the job's. */
async function parseFile(raw: RawFile | ChosenFile): Promise<ImportedFile> {
  try {
    const bytes = await bytesOf(raw);
    if (bytes === null) return importFailure(raw.name, UNREADABLE_FILE_REASON);
    wordTest ??= createWordTest();
    return buildImportedFile(raw.name, bytes, await sha256Hex(bytes), wordTest);
  } catch (error) {
    return importFailure(raw.name, `the parser failed (${reasonOf(error)}).`);
  }
}

/** Resolves the wait for the page to take the part last sent. */
let onPartTaken: (() => void) | null = null;

/**
 * Posts a parsed file as its header, then each of its parts once the page has taken the one
 * before. Posted all at once, a 59 MB file's parts reached the page back to back, and building
 * its records in one burst brought on garbage collections of 200-400 ms; one part at a time, the
 * collector keeps pace between them (about 100 ms at most, on a loaded 2-core machine).
 */
async function postFile(jobId: number, file: ImportedFile): Promise<void> {
  scope.postMessage({ jobId, type: 'file', file: fileHeader(file) });
  for (const part of fileParts(file)) {
    const taken = new Promise<void>((resolve) => (onPartTaken = resolve));
    scope.postMessage({ jobId, ...part });
    await taken;
  }
}

/** Parses each file in turn, posting every result as soon as it is ready. */
async function parseJob({ jobId, files }: ParseRequest): Promise<void> {
  const filesTotal = files.length;
  for (const [index, raw] of files.entries()) {
    scope.postMessage({ jobId, type: 'progress', progress: { filesDone: index, filesTotal, fileName: raw.name } });
    await postFile(jobId, await parseFile(raw));
  }
  scope.postMessage({ jobId, type: 'progress', progress: { filesDone: filesTotal, filesTotal, fileName: null } });
  scope.postMessage({ jobId, type: 'done' });
}

// Jobs run one after another, in the order they arrive.
let queue = Promise.resolve();

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'taken') {
    onPartTaken?.();
    onPartTaken = null;
    return;
  }
  queue = queue.then(() =>
    parseJob(request).catch((error: unknown) => {
      scope.postMessage({ jobId: request.jobId, type: 'failed', message: reasonOf(error) });
    }),
  );
});
