import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/import/hash';
import { buildImportedFile } from '../../../../shared/import/read-file';
import type { BlobManifestEntry } from '../../../../shared/sync/blob-manifest';
import { createLibraryToken } from '../../../../shared/sync';
import { createWordTest } from '../../../../shared/text/dictionary';
import { importFailure } from '../../../../shared/ipc/import-failure';
import { saveSyncConnection } from '../../../../renderer/db/settings/sync-settings';
import { outgoingBlobHashes } from '../../../../renderer/db/sync/blob-outbox';
import { importedBlobs } from '../../../../renderer/db/sync/imported-blobs';
import type { ReadFile } from '../../../../renderer/host/types';
import { queueImportedFilesForSync } from '../../../../renderer/sync/share-imports';
import { uploadQueuedBlobs } from '../../../../renderer/sync/upload-blobs';
import { freshDatabase } from '../db/fixtures';

const RIS = new URL('../../../e2e/fixtures/shared-reading.ris', import.meta.url);

async function readRis(): Promise<ReadFile> {
  const bytes = new Uint8Array(await readFile(RIS));
  return { ...buildImportedFile('shared-reading.ris', bytes, await sha256Hex(bytes), createWordTest()), rawBytes: bytes };
}

describe('sharing the files a user imports', () => {
  it('keeps nothing when sync was never set up', async () => {
    const database = freshDatabase();
    expect(await queueImportedFilesForSync([await readRis()], database)).toBe(0);
    expect(await outgoingBlobHashes(database)).toEqual([]);
    expect(await importedBlobs(database)).toEqual(new Set());
    database.close();
  });

  it('with sync set up, uploads each accepted file and lists it only once the server holds it', async () => {
    const database = freshDatabase();
    await saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token: createLibraryToken() }, database);
    const ris = await readRis();
    const unreadable: ReadFile = { ...importFailure('photo.png', 'it is not text.'), rawBytes: new Uint8Array([0x89, 0x50]) };
    expect(await queueImportedFilesForSync([ris, unreadable], database, 5_000)).toBe(1);
    // This device has it already: it never fetches it back.
    expect(await importedBlobs(database)).toEqual(new Set([ris.contentHash]));

    const listed: BlobManifestEntry[] = [];
    const stored = new Map<string, Uint8Array>();
    const problems: string[] = [];
    const base = { database, deviceId: 'device-a', list: (entry: BlobManifestEntry) => Promise.resolve(void listed.push(entry)), report: (problem: string) => problems.push(problem) };

    // Offline: it waits, unlisted.
    expect(await uploadQueuedBlobs({ ...base, upload: () => Promise.reject(new Error('Failed to fetch')) })).toBe(1);
    expect(listed).toEqual([]);
    expect(problems).toEqual(['“shared-reading.ris” waits to be shared: Failed to fetch']);

    const upload = async (bytes: Uint8Array): Promise<string> => {
      const sha256 = await sha256Hex(bytes);
      stored.set(sha256, bytes);
      return sha256;
    };
    expect(await uploadQueuedBlobs({ ...base, upload })).toBe(0);
    expect(stored.get(ris.contentHash)).toEqual(ris.rawBytes);
    expect(listed).toEqual([{ sha256: ris.contentHash, fileName: 'shared-reading.ris', size: ris.byteLength, importedAt: 5_000, device: 'device-a' }]);
    expect(await outgoingBlobHashes(database)).toEqual([]);
    database.close();
  });

  it('shares a file the desktop app reads again only while its bytes still hash to what was imported', async () => {
    const database = freshDatabase();
    await saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token: createLibraryToken() }, database);
    const { rawBytes, ...ris } = await readRis();
    const reread: ReadFile = { ...ris, readBytes: () => Promise.resolve(rawBytes ?? null) };
    const changed: ReadFile = { ...ris, fileName: 'edited.ris', readBytes: () => Promise.resolve(new Uint8Array([1, 2, 3])) };
    expect(await queueImportedFilesForSync([changed], database)).toBe(0);
    expect(await queueImportedFilesForSync([reread], database)).toBe(1);
    expect(await outgoingBlobHashes(database)).toEqual([ris.contentHash]);
    database.close();
  });
});
