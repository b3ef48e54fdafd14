import type { ImportedFile } from '../../shared/import/types';
import type { BlobManifestEntry } from '../../shared/sync/blob-manifest';
import { importFiles } from '../db/import/import';
import type { LecternDB } from '../db/schema/database';
import { importedBlobs, markBlobsImported } from '../db/sync/imported-blobs';
import type { RawFile } from '../host/parse-messages';
import { sha256Hex } from './blobs';

export interface BlobFetchDependencies {
  database: LecternDB;
  /** The files the library lists now. */
  listed: readonly BlobManifestEntry[];
  /** A blob's bytes, or null when the server does not hold it (yet). */
  download: (sha256: string) => Promise<Uint8Array | null>;
  /** The host's parser, the one a user's import goes through. */
  parseFiles: (files: RawFile[]) => Promise<ImportedFile[]>;
  report: (problem: string) => void;
}

export interface BlobFetchOutcome {
  imported: string[];
  /** Listed, but not on the server yet, or the download failed: tried again later. */
  waiting: string[];
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Imports each listed file this device has not imported, one file per import (one transaction each), through the
 * same function a user's import uses, so the same records merge the same way and derive the same uids. A file whose
 * bytes do not match its hash is refused; a file the parser rejects is remembered too (it would be rejected again).
 */
export async function importListedBlobs(dependencies: BlobFetchDependencies): Promise<BlobFetchOutcome> {
  const { database, listed, report } = dependencies;
  const done = await importedBlobs(database);
  const outcome: BlobFetchOutcome = { imported: [], waiting: [] };
  for (const entry of listed) {
    if (done.has(entry.sha256)) continue;
    try {
      if (await importOne(dependencies, entry)) outcome.imported.push(entry.sha256);
      else outcome.waiting.push(entry.sha256);
    } catch (error) {
      report(`“${entry.fileName}” from another device was not imported: ${reasonOf(error)}`);
      outcome.waiting.push(entry.sha256);
    }
  }
  return outcome;
}

/** True once the file is imported (or refused for good); false when its bytes are not on the server yet. */
async function importOne(dependencies: BlobFetchDependencies, entry: BlobManifestEntry): Promise<boolean> {
  const { database, report } = dependencies;
  const bytes = await dependencies.download(entry.sha256);
  if (bytes === null) return false;
  if ((await sha256Hex(bytes)) !== entry.sha256) throw new Error('its bytes do not match their SHA-256.');
  const [file] = await dependencies.parseFiles([{ name: entry.fileName, bytes: bytes.slice().buffer }]);
  if (file === undefined) throw new Error('the parser returned nothing.');
  if (file.contentHash !== entry.sha256) throw new Error('the parser read other bytes than the file’s.');
  const summary = await importFiles([file], database);
  for (const problem of summary.errors) report(`“${entry.fileName}” from another device: ${problem.message}`);
  await markBlobsImported(database, [entry.sha256]);
  return true;
}
