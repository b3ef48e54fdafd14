import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/import/hash';
import { buildImportedFile } from '../../../../shared/import/read-file';
import type { ImportedFile } from '../../../../shared/import/types';
import type { BlobManifestEntry } from '../../../../shared/sync/blob-manifest';
import { createWordTest } from '../../../../shared/text/dictionary';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { importedBlobs } from '../../../../renderer/db/sync/imported-blobs';
import type { RawFile } from '../../../../renderer/host/parse-messages';
import { importListedBlobs } from '../../../../renderer/sync/fetch-blobs';
import { freshDatabase } from '../db/fixtures';

const RIS = new URL('../../../e2e/fixtures/shared-reading.ris', import.meta.url);
const isWord = createWordTest();

/** The parse a host's worker does, on the main thread. */
function parseFiles(files: RawFile[]): Promise<ImportedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(file.bytes);
      return buildImportedFile(file.name, bytes, await sha256Hex(bytes), isWord);
    }),
  );
}

async function risFile(): Promise<{ bytes: Uint8Array; entry: BlobManifestEntry }> {
  const bytes = new Uint8Array(await readFile(RIS));
  const sha256 = await sha256Hex(bytes);
  return { bytes, entry: { sha256, fileName: 'shared-reading.ris', size: bytes.length, importedAt: 1_000, device: 'device-a' } };
}

async function papersOf(database: LecternDB): Promise<{ uid: string; title: string | null }[]> {
  return (await allAbstracts(database)).map((row) => ({ uid: row.uid, title: row.title })).sort((a, b) => a.uid.localeCompare(b.uid));
}

describe('importing the files another device listed', () => {
  it('fetches and imports a listed file: the same papers, titles and uids as on the device that imported it, once', async () => {
    const { bytes, entry } = await risFile();
    const first = freshDatabase();
    const [file] = await parseFiles([{ name: entry.fileName, bytes: bytes.slice().buffer }]);
    await importFiles(file === undefined ? [] : [file], first);

    const second = freshDatabase();
    const downloads: string[] = [];
    const dependencies = {
      database: second,
      listed: [entry],
      download: (sha256: string) => {
        downloads.push(sha256);
        return Promise.resolve(sha256 === entry.sha256 ? bytes.slice() : null);
      },
      parseFiles,
      report: (problem: string) => {
        throw new Error(problem);
      },
    };
    expect(await importListedBlobs(dependencies)).toEqual({ imported: [entry.sha256], waiting: [] });
    const papers = await papersOf(second);
    expect(papers.map((paper) => paper.title).sort()).toEqual([
      'Calibrated Uncertainty for Citation Screening',
      'Sparse Attention Kernels for Long Scientific Documents',
    ]);
    expect(papers).toEqual(await papersOf(first));
    expect(await importedBlobs(second)).toEqual(new Set([entry.sha256]));

    // Remembered: the next pass downloads nothing and the library is unchanged.
    expect(await importListedBlobs(dependencies)).toEqual({ imported: [], waiting: [] });
    expect(downloads).toEqual([entry.sha256]);
    expect(await papersOf(second)).toEqual(papers);
    first.close();
    second.close();
  });

  it('refuses bytes that do not match the listed SHA-256: nothing is imported, and the file is tried again later', async () => {
    const { bytes, entry } = await risFile();
    const database = freshDatabase();
    const tampered = bytes.slice();
    tampered[tampered.length - 10] = 0x21;
    const problems: string[] = [];
    const outcome = await importListedBlobs({
      database,
      listed: [entry],
      download: () => Promise.resolve(tampered),
      parseFiles,
      report: (problem) => problems.push(problem),
    });
    expect(outcome).toEqual({ imported: [], waiting: [entry.sha256] });
    expect(await database.abstracts.count()).toBe(0);
    expect(await importedBlobs(database)).toEqual(new Set());
    expect(problems).toEqual(['“shared-reading.ris” from another device was not imported: its bytes do not match their SHA-256.']);
    database.close();
  });

  it('waits for a listed file the server does not hold yet, then imports it once it is there', async () => {
    const { bytes, entry } = await risFile();
    const database = freshDatabase();
    const server = new Map<string, Uint8Array>();
    const dependencies = {
      database,
      listed: [entry],
      download: (sha256: string) => Promise.resolve(server.get(sha256) ?? null),
      parseFiles,
      report: () => undefined,
    };
    expect(await importListedBlobs(dependencies)).toEqual({ imported: [], waiting: [entry.sha256] });
    expect(await database.abstracts.count()).toBe(0);
    server.set(entry.sha256, bytes);
    expect(await importListedBlobs(dependencies)).toEqual({ imported: [entry.sha256], waiting: [] });
    expect(await database.abstracts.count()).toBe(2);
    database.close();
  });
});
