import type { ImportedFile, ImportProgress } from '../import/types';
import {
  anyArray,
  arrayOf,
  exactObject,
  IpcPayloadError,
  natural,
  nullable,
  objectWith,
  oneOf,
  stringOf,
} from './guards';
import type { Guard } from './guards';
import { isExternalHttpUrl, isTextCapturePath, MAX_PATH_LENGTH, MAX_URL_LENGTH } from './values';

/** The most paths one `import:read-paths` call may carry; hosts split larger drops. */
export const MAX_IMPORT_PATHS = 500;

/** Commands main sends to the renderer (the app menu). */
export const HOST_COMMANDS = ['import'] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

/** What every import channel resolves to: the job's id (also on its events) and every file it read. */
export interface ImportJob {
  jobId: string;
  files: ImportedFile[];
}

export type ImportProgressEvent = ImportProgress & { jobId: string };
export interface ImportFileEvent {
  jobId: string;
  file: ImportedFile;
}

const jobId = stringOf({ minLength: 1, maxLength: 100 });
const fileName = stringOf({ minLength: 1, maxLength: MAX_PATH_LENGTH });

const textCapturePaths = arrayOf(
  stringOf({
    minLength: 1,
    maxLength: MAX_PATH_LENGTH,
    test: isTextCapturePath,
    expectation: 'an absolute path to a .txt file',
  }),
  { minLength: 1, maxLength: MAX_IMPORT_PATHS },
);

export const readPathsArgument = exactObject({ paths: textCapturePaths });
export const grantPathsArgument = exactObject({ paths: textCapturePaths });

export const openExternalArgument = exactObject({
  url: stringOf({
    minLength: 1,
    maxLength: MAX_URL_LENGTH,
    test: isExternalHttpUrl,
    expectation: 'an http(s) URL',
  }),
});

export const importProgressEvent: Guard<ImportProgressEvent> = (value, where) => {
  const event = exactObject({ jobId, filesDone: natural, filesTotal: natural, fileName: nullable(fileName) })(
    value,
    where,
  );
  if (event.filesDone > event.filesTotal)
    throw new IpcPayloadError(`${where}.filesDone must not exceed filesTotal`);
  return event;
};

/**
 * Main is trusted to build ImportedFiles with the shared code, so this checks the frame the
 * renderer relies on, not every record: it stays cheap on a 64 MB capture.
 */
const importedFile: Guard<ImportedFile> = (value, where) => {
  const file = objectWith({
    fileName,
    contentHash: stringOf({ maxLength: 64 }),
    byteLength: natural,
    parsed: objectWith({
      records: anyArray,
      warnings: anyArray,
      error: nullable(stringOf({ maxLength: Number.MAX_SAFE_INTEGER })),
    }),
    textPieces: anyArray,
    displays: anyArray,
  })(value, where);
  if (file.displays.length !== file.parsed.records.length)
    throw new IpcPayloadError(`${where}.displays must parallel parsed.records`);
  return file as unknown as ImportedFile;
};

export const importFileEvent: Guard<ImportFileEvent> = exactObject({ jobId, file: importedFile });

export const hostCommand: Guard<HostCommand> = oneOf(HOST_COMMANDS);
