/**
 * What the export channels carry: a file or a folder the user saves once, and the files kept
 * updated. The page suggests names, never folders; main shows the Save dialog and writes only
 * where the user chose, and a kept-updated file only by the id main gave it.
 */
import { IpcPayloadError, arrayOf, exactObject, stringOf } from './guards';
import type { Guard } from './guards';
import { isPlainFileName, MAX_FILE_NAME_LENGTH } from './values';

/** A V8 string cannot be much longer; a 100k-abstract library exports to a few hundred MB. */
export const MAX_EXPORT_CHARS = 500_000_000;
/** More files than a vault of a 100k library (an abstract each, plus notes and lists). */
export const MAX_EXPORT_FILES = 250_000;
/** The extensions a kept-updated file may have. */
export const LIVE_EXPORT_EXTENSIONS = ['.bib', '.json'] as const;

/** What `export:save-file` and `export:save-folder` did: nothing when the dialog was cancelled. */
export interface SavedExport {
  saved: boolean;
  path?: string;
}

/** A file kept updated: main's id for it and where the user put it. */
export interface LiveExportTarget {
  id: string;
  path: string;
}

/** One file of a folder export, by its path inside the folder (`/`-separated). */
export interface FolderFile {
  path: string;
  text: string;
}

const suggestedName = stringOf({
  minLength: 1,
  maxLength: MAX_FILE_NAME_LENGTH,
  test: isPlainFileName,
  expectation: 'a file name without a folder',
});

const liveName = stringOf({
  minLength: 1,
  maxLength: MAX_FILE_NAME_LENGTH,
  test: (name) => isPlainFileName(name) && LIVE_EXPORT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
  expectation: `a file name ending in ${LIVE_EXPORT_EXTENSIONS.join(' or ')}, without a folder`,
});

const text = stringOf({ maxLength: MAX_EXPORT_CHARS });

/** A path inside the export's folder: plain names joined by `/`, never `..`, never absolute. */
export function isFolderFilePath(path: string): boolean {
  return path.length > 0 && path.length <= 4_096 && path.split('/').every(isPlainFileName);
}

const folderFilePath = stringOf({
  minLength: 1,
  maxLength: 4_096,
  test: isFolderFilePath,
  expectation: 'a relative path inside the folder',
});

const liveId = stringOf({
  minLength: 1,
  maxLength: 100,
  test: (id) => /^[A-Za-z0-9-]+$/.test(id),
  expectation: 'a kept-updated export’s id',
});

export const saveExportFileArgument = exactObject({ suggestedName, content: text });

const folderFiles: Guard<FolderFile[]> = (value, where) => {
  const files = arrayOf(exactObject({ path: folderFilePath, text }), { minLength: 1, maxLength: MAX_EXPORT_FILES })(value, where);
  const seen = new Set<string>();
  for (const file of files) {
    // Case-insensitive file systems (macOS, Windows) would write two such files to one name.
    const key = file.path.toLowerCase();
    if (seen.has(key)) throw new IpcPayloadError(`${where} names “${file.path}” twice`);
    seen.add(key);
  }
  return files;
};

export const saveExportFolderArgument = exactObject({ suggestedName, files: folderFiles });
export const chooseLiveExportArgument = exactObject({ suggestedName: liveName });
export const writeLiveExportArgument = exactObject({ id: liveId, content: text });
export const stopLiveExportArgument = exactObject({ id: liveId });
