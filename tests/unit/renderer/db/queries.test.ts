import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCaptureText } from '../../../../renderer/db/import/capture-texts';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import {
  queryAbstract,
  queryAbstractIds,
  queryAbstractsInCapture,
  queryCapture,
  queryCaptures,
  queryLibraryCount,
  querySources,
} from '../../../../renderer/db/abstracts/queries';
import type { ImportedFile } from '../../../../shared/import/types';
import { freshDatabase, handBuiltFile } from './fixtures';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, portalSnippet, SPECTRAL_ABSTRACT } from './samples';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';

const WAVELET_ABSTRACT =
  'Wavelet scattering networks are stable to deformations. We show that their energy propagates to ' +
  'low frequencies at an exponential rate and bound the number of layers a signal class needs.';

interface Library {
  database: LecternDB;
  /** Abstract ids by the first word of their text. */
  ids: Record<'gradient' | 'kernel' | 'spectral' | 'wavelet', number>;
  first: ImportedFile;
  second: ImportedFile;
}

/** Two captures imported one after the other; the second repeats the gradient abstract as a snippet. */
async function library(): Promise<Library> {
  const database = freshDatabase();
  const first = await handBuiltFile('b-first.txt', [
    { text: GRADIENT_ABSTRACT, title: 'Gradient descent near low-rank manifolds', year: 2019 },
    { text: KERNEL_ABSTRACT, title: '“Multiple descent” in kernel regression', year: 2021 },
  ]);
  const second = await handBuiltFile('a-second.txt', [
    { text: SPECTRAL_ABSTRACT, title: 'spectral detection below the degree barrier', year: null },
    { text: portalSnippet(GRADIENT_ABSTRACT), truncated: true },
    { text: WAVELET_ABSTRACT, title: 'Energy propagation in scattering networks', year: 2021 },
  ]);
  await importFiles([first], database);
  await importFiles([second], database);
  const rows = await allAbstracts(database);
  const idOf = (text: string): number => {
    const row = rows.find((candidate) => candidate.text === text);
    if (row === undefined) throw new Error(`no abstract for ${text.slice(0, 20)}`);
    return row.id;
  };
  return {
    database,
    first,
    second,
    ids: { gradient: idOf(GRADIENT_ABSTRACT), kernel: idOf(KERNEL_ABSTRACT), spectral: idOf(SPECTRAL_ABSTRACT), wavelet: idOf(WAVELET_ABSTRACT) },
  };
}

describe('queryAbstractIds over the library', () => {
  it('lists the newest additions first for the Added sort', async () => {
    const { database, ids } = await library();
    expect(await queryAbstractIds({ kind: 'library' }, 'added', database)).toEqual([ids.wavelet, ids.spectral, ids.kernel, ids.gradient]);
  });

  it('lists titles A to Z, ignoring case and leading quotes', async () => {
    const { database, ids } = await library();
    expect(await queryAbstractIds({ kind: 'library' }, 'title', database)).toEqual([ids.wavelet, ids.gradient, ids.kernel, ids.spectral]);
  });

  it('lists the newest years first and abstracts without a year last', async () => {
    const { database, ids } = await library();
    expect(await queryAbstractIds({ kind: 'library' }, 'year', database)).toEqual([ids.wavelet, ids.kernel, ids.gradient, ids.spectral]);
  });
});

describe('queryAbstractIds over one source', () => {
  it('lists only the abstracts found in that capture, in the chosen order', async () => {
    const { database, ids, second } = await library();
    const view = { kind: 'source', captureHash: second.contentHash } as const;

    expect(await queryAbstractIds(view, 'title', database)).toEqual([ids.wavelet, ids.gradient, ids.spectral]);
    expect(await queryAbstractIds(view, 'year', database)).toEqual([ids.wavelet, ids.gradient, ids.spectral]);
    expect(await queryAbstractIds(view, 'added', database)).toEqual([ids.wavelet, ids.spectral, ids.gradient]);
  });

  it('is empty for a capture that is not stored', async () => {
    const { database } = await library();
    expect(await queryAbstractIds({ kind: 'source', captureHash: 'f'.repeat(64) }, 'added', database)).toEqual([]);
  });
});

describe('single-record queries', () => {
  it('finds an abstract by id, and answers null for an unknown id', async () => {
    const { database, ids } = await library();
    expect((await queryAbstract(ids.kernel, database))?.text).toBe(KERNEL_ABSTRACT);
    expect(await queryAbstract(999_999, database)).toBeNull();
  });

  it('finds a capture by hash, and answers null for an unknown one', async () => {
    const { database, first } = await library();
    expect(await queryCapture(first.contentHash, database)).toMatchObject({ fileName: 'b-first.txt', recordCount: 2 });
    expect(await readCaptureText(first.contentHash, database)).toBe(first.textPieces.join(''));
    expect(await queryCapture('f'.repeat(64), database)).toBeNull();
  });

  it('counts the library', async () => {
    const { database } = await library();
    expect(await queryLibraryCount(database)).toBe(4);
  });
});

describe('sources and pages', () => {
  it('lists one source per capture by file name, each with its abstract count', async () => {
    const { database, first, second } = await library();
    const sources = await querySources(database);
    expect(sources.map(({ fileName, hash, count }) => ({ fileName, hash, count }))).toEqual([
      { fileName: 'a-second.txt', hash: second.contentHash, count: 3 },
      { fileName: 'b-first.txt', hash: first.contentHash, count: 2 },
    ]);
    for (const source of sources) expect(source.importedAt).toBeGreaterThan(0);
  });

  it('returns the stored captures among those asked for, in the order asked', async () => {
    const { database, first, second } = await library();
    const captures = await queryCaptures([second.contentHash, 'f'.repeat(64), first.contentHash], database);
    expect(captures.map((capture) => capture.fileName)).toEqual(['a-second.txt', 'b-first.txt']);
  });

  it('lists a page’s abstracts in the order they stand on it', async () => {
    const { database, ids, second } = await library();
    const onPage = await queryAbstractsInCapture(second.contentHash, database);
    expect(onPage.map((row) => row.id)).toEqual([ids.spectral, ids.gradient, ids.wavelet]);
  });
});
