// Runs one export: reads the scope's abstracts page by page, reporting progress, and hands
// the result to the format's writer.

import { exportFormat, type ExportFormatId } from '../../../shared/export/formats';
import type { ExportOutput } from '../../../shared/export/output';
import type { ExportEntry } from '../../../shared/export/types';
import { buildVault } from '../../../shared/export/vault/build-vault';
import { zipVault } from '../../../shared/export/vault/zip-vault';
import { db as appDb, type LecternDB } from '../schema/database';
import { exportEntries } from './entries';
import { annotationWriters, entryWriters, isEntryFormat } from './format-writers';
import { gatherLibraryExport } from './vault-input';

/** Abstracts read between two progress reports (and two chances for the page to paint). */
const STEP = 2_000;

export interface ExportProgress {
  done: number;
  total: number;
}

export interface BuildExportOptions {
  /** The file name, or for a vault the folder's name, without extension. */
  baseName: string;
  onProgress?: (progress: ExportProgress) => void;
  /** Checked between pages; a cancelled export stops with an AbortError and produces nothing. */
  signal?: AbortSignal;
  /** The whole library exports every synthesis note and list; a part only those reaching into it. */
  wholeLibrary?: boolean;
  database?: LecternDB;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The export form of `ids`, read a page at a time so a 100k export shows its progress. */
export async function readEntries(ids: readonly number[], { onProgress, signal, database = appDb }: BuildExportOptions): Promise<ExportEntry[]> {
  const entries: ExportEntry[] = [];
  onProgress?.({ done: 0, total: ids.length });
  for (let from = 0; from < ids.length; from += STEP) {
    signal?.throwIfAborted();
    entries.push(...(await exportEntries(ids.slice(from, from + STEP), database)));
    onProgress?.({ done: Math.min(from + STEP, ids.length), total: ids.length });
    await nextTask();
  }
  return entries;
}

/** The text of a format written from records alone (BibTeX, BibLaTeX, CSL-JSON, RIS). */
export async function entryFormatText(format: ExportFormatId, ids: readonly number[], options: BuildExportOptions): Promise<string> {
  if (!isEntryFormat(format)) throw new Error(`${exportFormat(format).label} is not written from records alone.`);
  const entries = await readEntries(ids, options);
  options.signal?.throwIfAborted();
  return entryWriters[format](entries);
}

export async function buildExport(format: ExportFormatId, ids: readonly number[], options: BuildExportOptions): Promise<ExportOutput> {
  const { baseName, signal, onProgress, wholeLibrary = false, database = appDb } = options;
  const { extension, mime } = exportFormat(format);
  if (isEntryFormat(format))
    return { kind: 'file', name: `${baseName}.${extension}`, mime, text: await entryFormatText(format, ids, options) };
  onProgress?.({ done: 0, total: ids.length });
  const input = await gatherLibraryExport(ids, wholeLibrary ? 'library' : 'view', database);
  signal?.throwIfAborted();
  onProgress?.({ done: ids.length, total: ids.length });
  if (format === 'vault') {
    const files = buildVault(input);
    return { kind: 'folder', name: baseName, files, zip: () => zipVault(files, baseName) };
  }
  return { kind: 'file', name: `${baseName}.${extension}`, mime, text: annotationWriters[format](input) };
}
