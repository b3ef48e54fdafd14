import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/import/hash';
import { buildImportedFile } from '../../../../shared/import/read-file';
import type { ImportedFile } from '../../../../shared/import/types';
import { createLibraryToken } from '../../../../shared/sync';
import { createWordTest } from '../../../../shared/text/dictionary';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { saveSyncConnection } from '../../../../renderer/db/settings/sync-settings';
import { bulkAddTag } from '../../../../renderer/db/tags/tags';
import type { RawFile } from '../../../../renderer/host/parse-messages';
import type { ReadFile } from '../../../../renderer/host/types';
import { BlobSync } from '../../../../renderer/sync/blob-sync';
import type { BlobServer } from '../../../../renderer/sync/blobs';
import { queueImportedFilesForSync } from '../../../../renderer/sync/share-imports';
import { deliverAll, openDevice } from '../db/sync/replica-pair';
import { loadNodeSide, type TestServer } from './node-side';

/** Shared with blobs.test.ts: the blob tests' ports (each file takes a free one). */
const BLOB_TEST_PORTS = { first: 4480, last: 4484 };
const RIS = new URL('../../../e2e/fixtures/shared-reading.ris', import.meta.url);
const SPARSE = 'Sparse Attention Kernels for Long Scientific Documents';
const isWord = createWordTest();
let server: TestServer;

function parseFiles(files: RawFile[]): Promise<ImportedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(file.bytes);
      return buildImportedFile(file.name, bytes, await sha256Hex(bytes), isWord);
    }),
  );
}

async function tagsOfTitle(database: LecternDB, title: string): Promise<string[]> {
  const row = (await allAbstracts(database)).find((candidate) => candidate.title === title);
  if (row === undefined) return [];
  const links = await database.abstractTags.where('abstractId').equals(row.id).toArray();
  return (await database.tags.bulkGet(links.map((link) => link.tagId))).flatMap((tag) => (tag === undefined ? [] : [tag.path])).sort();
}

beforeAll(async () => {
  server = await (await loadNodeSide()).startTestServer({ ports: BLOB_TEST_PORTS });
});

afterAll(async () => {
  await server.dispose();
});

describe('files between two devices', () => {
  it('a file imported and tagged on one device is imported on the other from the server, and the tag waiting for it applies', async () => {
    const token = createLibraryToken();
    const blobs: BlobServer = { httpUrl: server.httpUrl, token };
    const a = await openDevice();
    const b = await openDevice();
    await saveSyncConnection({ serverUrl: server.websocketUrl, token }, a.database);
    const bytes = new Uint8Array(await readFile(RIS));
    const [parsed] = await parseFiles([{ name: 'shared-reading.ris', bytes: bytes.slice().buffer }]);
    if (parsed === undefined) throw new Error('the fixture parses');
    const ris: ReadFile = { ...parsed, rawBytes: bytes };
    await importFiles([ris], a.database);
    await queueImportedFilesForSync([ris], a.database);
    const sparse = (await allAbstracts(a.database)).find((row) => row.title === SPARSE);
    await bulkAddTag([sparse?.id ?? 0], 'reading-group', a.database);

    const problems: string[] = [];
    const report = (problem: string): void => void problems.push(problem);
    const onA = new BlobSync({ database: a.database, replica: a.replica, server: blobs, parseFiles, report });
    const onB = new BlobSync({ database: b.database, replica: b.replica, server: blobs, parseFiles, report });
    onA.kick();
    await onA.whenIdle();
    await a.replica.whenIdle();
    expect(await tagsOfTitle(b.database, SPARSE)).toEqual([]);

    // The manifest arriving is what sets B going.
    await deliverAll(a, b);
    await onB.whenIdle();
    await b.replica.whenIdle();
    expect((await allAbstracts(b.database)).map((row) => row.title)).toContain(SPARSE);
    expect(await tagsOfTitle(b.database, SPARSE)).toEqual(await tagsOfTitle(a.database, SPARSE));
    expect(await tagsOfTitle(b.database, SPARSE)).toContain('reading-group');
    expect(problems).toEqual([]);
    onA.stop();
    onB.stop();
  });
});
