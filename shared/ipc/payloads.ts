import { BACKUP_EXTENSION } from '../backup/format';
import { SNAPSHOT_REASONS } from '../backup/snapshots';
import type { CaptureRecord } from '../capture/types';
import { RECORDS_PER_BATCH } from '../import/file-parts';
import { TEXT_PIECE_LENGTH } from '../import/text-pieces';
import type { ImportedFile, ImportProgress } from '../import/types';
import { IMPORT_EXTENSIONS } from '../import/accepted-files';
import type { DisplayForm } from '../text/types';
import {
  anyArray,
  arrayOf,
  bytesOf,
  exactObject,
  IpcPayloadError,
  natural,
  nullable,
  objectWith,
  oneOf,
  stringOf,
} from './guards';
import type { Guard } from './guards';
import {
  isExternalHttpUrl,
  isPlainFileName,
  isImportPath,
  MAX_FILE_NAME_LENGTH,
  MAX_PATH_LENGTH,
  MAX_URL_LENGTH,
} from './values';

/** The most paths one `import:read-paths` call may carry; hosts split larger drops. */
export const MAX_IMPORT_PATHS = 500;

/** Commands main sends to the renderer (the app menu). */
export const HOST_COMMANDS = ['import', 'backup', 'restore'] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

/** The largest backup the page may hand to main in one call. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/** The snapshots main asks the renderer for: when the app quits, and every few hours of use. */
export const AUTOMATIC_SNAPSHOT_REASONS = ['quit', 'periodic'] as const;

/** main → renderer: take a snapshot now if anything changed since the last, then settle `requestId`. */
export interface SnapshotRequest {
  requestId: string;
  reason: (typeof AUTOMATIC_SNAPSHOT_REASONS)[number];
}

/** What `backup:save-file` did: nothing when the Save dialog was cancelled. */
export interface SavedBackupFile {
  saved: boolean;
  path?: string;
}

/**
 * What every import channel resolves to: the job's id and the name of each file it read, in
 * order. The files themselves reach the page before the reply, as events tagged with the job's
 * id and the file's index: a header, then its text pieces and record batches.
 */
export interface ImportJob {
  jobId: string;
  fileNames: string[];
}

export type ImportProgressEvent = ImportProgress & { jobId: string };
/** A file without its text, records and display forms (shared/import/file-parts.ts). */
export interface ImportFileEvent {
  jobId: string;
  index: number;
  file: ImportedFile;
}
/** The next piece of the text of the job's file at `index`. */
export interface ImportTextEvent {
  jobId: string;
  index: number;
  piece: string;
}
/** The next batch of records, with their display forms, of the job's file at `index`. */
export interface ImportRecordsEvent {
  jobId: string;
  index: number;
  records: CaptureRecord[];
  displays: DisplayForm[];
}

const jobId = stringOf({ minLength: 1, maxLength: 100 });
const fileName = stringOf({ minLength: 1, maxLength: MAX_PATH_LENGTH });

const importPaths = arrayOf(
  stringOf({
    minLength: 1,
    maxLength: MAX_PATH_LENGTH,
    test: isImportPath,
    expectation: `an absolute path to a file Lectern imports (${IMPORT_EXTENSIONS.map((extension) => `.${extension}`).join(', ')})`,
  }),
  { minLength: 1, maxLength: MAX_IMPORT_PATHS },
);

export const readPathsArgument = exactObject({ paths: importPaths });
export const grantPathsArgument = exactObject({ paths: importPaths });
export const fileBytesArgument = exactObject({ jobId, index: natural });

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
 * renderer relies on, not every record. A header carries no text or records: they follow in
 * their own events, so no one message makes the page decode a whole large capture.
 */
const fileHeader: Guard<ImportedFile> = (value, where) => {
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
  for (const [field, array] of [
    ['textPieces', file.textPieces],
    ['parsed.records', file.parsed.records],
    ['displays', file.displays],
  ] as const) {
    if (array.length > 0)
      throw new IpcPayloadError(`${where}.${field} must be empty: it follows in its own events`);
  }
  return file as unknown as ImportedFile;
};

export const importFileEvent: Guard<ImportFileEvent> = exactObject({
  jobId,
  index: natural,
  file: fileHeader,
});

export const importTextEvent: Guard<ImportTextEvent> = exactObject({
  jobId,
  index: natural,
  piece: stringOf({ minLength: 1, maxLength: TEXT_PIECE_LENGTH }),
});

export const importRecordsEvent: Guard<ImportRecordsEvent> = (value, where) => {
  const event = exactObject({ jobId, index: natural, records: anyArray, displays: anyArray })(value, where);
  if (event.records.length > RECORDS_PER_BATCH)
    throw new IpcPayloadError(`${where}.records must hold at most ${RECORDS_PER_BATCH} records`);
  if (event.displays.length !== event.records.length)
    throw new IpcPayloadError(`${where}.displays must parallel records`);
  return event as unknown as ImportRecordsEvent;
};

export const hostCommand: Guard<HostCommand> = oneOf(HOST_COMMANDS);

const backupBytes = bytesOf({ minBytes: 1, maxBytes: MAX_BACKUP_BYTES });
const requestId = stringOf({ minLength: 1, maxLength: 100 });

export const snapshotSaveArgument = exactObject({ bytes: backupBytes, reason: oneOf(SNAPSHOT_REASONS) });

/** Main also checks the id is one it listed; this only keeps paths from reaching it. */
export const snapshotReadArgument = exactObject({
  id: stringOf({
    minLength: 1,
    maxLength: MAX_FILE_NAME_LENGTH,
    test: isPlainFileName,
    expectation: 'a snapshot’s file name',
  }),
});

export const saveBackupFileArgument = exactObject({
  bytes: backupBytes,
  suggestedName: stringOf({
    minLength: 1,
    maxLength: MAX_FILE_NAME_LENGTH,
    test: (name) => isPlainFileName(name) && name.endsWith(BACKUP_EXTENSION),
    expectation: `a file name ending in ${BACKUP_EXTENSION}, without a folder`,
  }),
});

export const snapshotSettledArgument = exactObject({ requestId });

export const snapshotRequestEvent: Guard<SnapshotRequest> = exactObject({
  requestId,
  reason: oneOf(AUTOMATIC_SNAPSHOT_REASONS),
});
